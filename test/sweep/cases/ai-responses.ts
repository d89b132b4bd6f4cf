/** Sweep cases for AI responses and the AI agents they are drafted with (agents are a Helpline extension). */
import { randomUUID } from 'node:crypto';
import type { Api } from '../../helpers/build.js';
import { createIssue } from '../../helpers/factories.js';
import type { SweepCase } from '../sweep-case.js';

async function agentId(api: Api): Promise<string> {
  const res = await api.post('/ai-agents', { name: `Sweep agent ${randomUUID().slice(0, 8)}` });
  if (res.status !== 200) throw new Error(`setup /ai-agents → ${res.status}: ${res.text}`);
  return res.body.data.id;
}

export const cases: SweepCase[] = [
  {
    operation: 'POST /issues/{id}/ai-response',
    request: async ({ api }) => {
      const issue = await createIssue(api, { title: 'Password reset', body_html: '<p>How do I reset it?</p>' });
      return {
        path: `/issues/${issue.id}/ai-response`,
        body: { ai_agent_id: await agentId(api), post_as_internal_note: true },
      };
    },
  },
  {
    operation: 'POST /ai-agents',
    request: async () => ({
      path: '/ai-agents',
      body: { name: 'Billing agent', instructions: 'Answer billing questions; sign as the Billing team.' },
    }),
  },
  {
    operation: 'GET /ai-agents',
    request: async () => ({ path: '/ai-agents' }),
  },
];
