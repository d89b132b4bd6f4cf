import { defineRoute, ok } from '../../../core/http/route.js';
import { one } from '../../../core/http/envelopes.js';
import { createAiAgent } from '../ai-agent.service.js';
import { AI_AGENT, CREATE_AI_AGENT } from '../ai-agent.schemas.js';

export default defineRoute({
  method: 'POST',
  url: '/ai-agents',
  role: 'admin',
  rateLimitPerMinute: 20,
  schema: {
    summary: 'Create an AI agent',
    description:
      'An agent to name as `ai_agent_id` in `POST /issues/{id}/ai-response`: its drafts follow its instructions. ' +
      'Every workspace also has the agent `default`.',
    body: CREATE_AI_AGENT,
    response: one(AI_AGENT),
  },
  handler: async ({ request, deps, actor }) => ok(request, await createAiAgent(deps, actor, request.body)),
});
