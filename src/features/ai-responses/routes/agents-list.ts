import { defineRoute, ok, PAGE_QUERY } from '../../../core/http/route.js';
import { list } from '../../../core/http/envelopes.js';
import { listAiAgentsPage } from '../ai-agent.service.js';
import { AI_AGENT } from '../ai-agent.schemas.js';

export default defineRoute({
  method: 'GET',
  url: '/ai-agents',
  rateLimitPerMinute: 60,
  schema: {
    summary: 'List AI agents',
    description: 'The built-in agent `default` first, then the agents the workspace created, oldest first.',
    querystring: PAGE_QUERY,
    response: list(AI_AGENT),
  },
  handler: async ({ request, deps, actor }) => ok(request, await listAiAgentsPage(deps, actor, request.query)),
});
