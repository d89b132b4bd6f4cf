/**
 * Sweep cases for training data, call recordings (and an issue's voice calls), the Devin integration, and the
 * Helpline extensions that create ticket forms and activity types.
 */
import { randomUUID } from 'node:crypto';
import type { Api } from '../../helpers/build.js';
import { createAccount, createIssue } from '../../helpers/factories.js';
import type { SweepCase } from '../sweep-case.js';

async function ok200(api: Api, path: string, body: unknown) {
  const res = await api.post(path, body);
  if (res.status !== 200) throw new Error(`${path} setup → ${res.status}: ${res.text}`);
  return res.body.data;
}

const trainingData = (api: Api): Promise<{ id: string }> =>
  ok200(api, '/training-data', { training_data_name: `Docs ${randomUUID()}` });

const callRecording = async (api: Api, fields: Record<string, unknown> = {}): Promise<{ id: string }> =>
  ok200(api, '/call-recordings', {
    title: 'Renewal call',
    source: 'gong',
    start_time: '2025-04-01T15:00:00Z',
    end_time: '2025-04-01T15:20:00Z',
    participant_emails: ['buyer@customer.test'],
    external_id: randomUUID(),
    summary: 'Customer will renew.',
    ...fields,
  });

export const cases: SweepCase[] = [
  {
    operation: 'GET /training-data',
    request: async ({ api }) => (await trainingData(api), { path: '/training-data' }),
  },
  {
    operation: 'POST /training-data',
    request: async () => ({
      path: '/training-data',
      body: { training_data_name: `Handbook ${randomUUID()}`, visibility: 'ai_agent_only' },
    }),
  },
  {
    operation: 'GET /training-data/{id}',
    request: async ({ api }) => ({ path: `/training-data/${(await trainingData(api)).id}` }),
  },
  {
    operation: 'POST /training-data/upload',
    request: async () => ({
      path: '/training-data/upload',
      form: {
        training_data_name: `Uploads ${randomUUID()}`,
        files: {
          filename: 'faq.md',
          content: Buffer.from('# FAQ\nHow do I reset my password?\n'),
          type: 'text/markdown',
        },
        file_names: 'faq.md',
        external_ids: `faq-${randomUUID()}`,
      },
    }),
  },
  {
    operation: 'POST /training-data/upload-content',
    request: async ({ api }) => ({
      path: '/training-data/upload-content',
      body: {
        training_data_id: (await trainingData(api)).id,
        content: 'Refunds are issued within 5 business days.',
        file_name: 'refunds.txt',
        external_id: `refunds-${randomUUID()}`,
      },
    }),
  },
  {
    operation: 'DELETE /training-data/{id}/documents',
    request: async ({ api }) => {
      const container = await trainingData(api);
      const body = { training_data_id: container.id, content: 'Old policy.', external_id: 'old-policy' };
      const withDocument = await ok200(api, '/training-data/upload-content', body);
      return { path: `/training-data/${container.id}/documents?document_ids=${withDocument.documents[0].id}` };
    },
  },
  {
    operation: 'POST /call-recordings',
    request: async ({ api }) => ({
      path: '/call-recordings',
      body: {
        title: 'Kickoff',
        source: 'fathom',
        start_time: '2025-04-02T09:00:00Z',
        end_time: '2025-04-02T09:45:00Z',
        duration_ms: 2_700_000,
        participant_emails: ['lead@customer.test'],
        external_id: randomUUID(),
        issue_id: (await createIssue(api)).id,
      },
    }),
  },
  {
    operation: 'GET /call-recordings/{id}',
    request: async ({ api }) => ({ path: `/call-recordings/${(await callRecording(api)).id}` }),
  },
  {
    operation: 'PATCH /call-recordings/{id}',
    request: async ({ api }) => ({
      path: `/call-recordings/${(await callRecording(api)).id}`,
      body: { account_id: (await createAccount(api)).id },
    }),
  },
  {
    operation: 'DELETE /call-recordings/{id}',
    request: async ({ api }) => ({ path: `/call-recordings/${(await callRecording(api)).id}` }),
  },
  {
    operation: 'POST /call-recordings/search',
    request: async ({ api }) => {
      await callRecording(api);
      return {
        path: '/call-recordings/search',
        body: {
          filter: {
            operator: 'and',
            subfilters: [
              { field: 'source', operator: 'in', values: ['gong', 'fathom'] },
              { field: 'start_time', operator: 'time_is_after', value: '2025-01-01T00:00:00Z' },
            ],
          },
          limit: 50,
        },
      };
    },
  },
  {
    operation: 'GET /issues/{id}/voice-calls',
    request: async ({ api }) => {
      const issue = await createIssue(api);
      await callRecording(api, { issue_id: issue.id, transcript_segments: [{ speaker: 'Buyer', text: 'Hello' }] });
      return { path: `/issues/${issue.number}/voice-calls` };
    },
  },
  {
    // Helpline issues no OAuth token to the Devin app, so this valid request is answered 403 in Pylon's words
    // (documented in the contract): the sweep must expect that status for this operation, not 200.
    operation: 'POST /integrations/devin/disconnect',
    request: async () => ({ path: '/integrations/devin/disconnect', body: {} }),
    // Only a token issued to the Devin app may call it, and Helpline issues none: Pylon's 403 for everyone else.
    status: 403,
  },
  {
    operation: 'POST /ticket-forms',
    request: async () => {
      const slug = `contact-us-${randomUUID().slice(0, 8)}`;
      const fields = [{ slug: 'title', name: 'Subject', type: 'text' }];
      return { path: '/ticket-forms', body: { name: 'Contact us', slug, is_public: true, fields } };
    },
  },
  {
    operation: 'POST /activity-types',
    request: async () => ({
      path: '/activity-types',
      body: { slug: `qbr_${randomUUID().slice(0, 8)}`, label: 'Quarterly business review' },
    }),
  },
];
