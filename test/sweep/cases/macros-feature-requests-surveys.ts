/**
 * Sweep cases for macros and macro groups, feature requests, and surveys with their responses (creating macro
 * groups, surveys and survey responses are Helpline extensions).
 */
import type { Api } from '../../helpers/build.js';
import { createAccount, createContact } from '../../helpers/factories.js';
import type { SweepCase } from '../sweep-case.js';

async function created(api: Api, path: string, body: unknown): Promise<string> {
  const res = await api.post(path, body);
  if (res.status !== 200) throw new Error(`setup ${path} → ${res.status}: ${res.text}`);
  return res.body.data.id;
}

const macroGroupId = (api: Api) => created(api, '/macro-groups', { title: 'Sweep replies' });
const macroId = async (api: Api) =>
  created(api, '/macros', { name: 'Greeting', text_html: '<p>Hello!</p>', macro_group_id: await macroGroupId(api) });
const featureRequestId = (api: Api) =>
  created(api, '/feature-requests', { title: 'Dark mode', description: 'A dark theme for the app.' });
const surveyId = (api: Api) => created(api, '/surveys', { name: 'Support CSAT', type: 'csat' });
const answers = [{ prompt: 'How did we do?', question_type: 'score', value: '5' }];

export const cases: SweepCase[] = [
  { operation: 'POST /macro-groups', request: async () => ({ path: '/macro-groups', body: { title: 'Billing' } }) },
  {
    operation: 'GET /macro-groups',
    request: async ({ api }) => (await macroGroupId(api), { path: '/macro-groups' }),
  },
  {
    operation: 'POST /macros',
    request: async ({ api, userId }) => ({
      path: '/macros',
      body: {
        name: 'Refund issued',
        macro_group_id: await macroGroupId(api),
        text_html: '<p>Your refund is on its way.</p>',
        text_type: 'reply',
        visibility: { type: 'user', user_ids: [userId] },
      },
    }),
  },
  {
    operation: 'GET /macros',
    request: async ({ api }) => {
      const group = await macroGroupId(api);
      await created(api, '/macros', { name: 'Hi', text_html: '<p>Hi</p>', macro_group_id: group });
      return { path: `/macros?macro_group_id=${group}` };
    },
  },
  { operation: 'GET /macros/{id}', request: async ({ api }) => ({ path: `/macros/${await macroId(api)}` }) },
  {
    operation: 'PATCH /macros/{id}',
    request: async ({ api }) => ({
      path: `/macros/${await macroId(api)}`,
      body: { name: 'Warm greeting', text_type: 'note' },
    }),
  },
  {
    operation: 'POST /feature-requests',
    request: async () => ({
      path: '/feature-requests',
      body: { title: 'SSO login', description: 'Okta and SAML sign-in.', should_auto_fetch_evidence: false },
    }),
  },
  {
    operation: 'POST /feature-requests/search',
    request: async ({ api }) => (
      await featureRequestId(api),
      { path: '/feature-requests/search', body: { query: 'dark', request_statuses: ['new'], limit: 10 } }
    ),
  },
  {
    operation: 'GET /feature-requests/{id}',
    request: async ({ api }) => ({ path: `/feature-requests/${await featureRequestId(api)}?fetch_evidence=true` }),
  },
  {
    operation: 'PATCH /feature-requests/{id}',
    request: async ({ api }) => ({
      path: `/feature-requests/${await featureRequestId(api)}`,
      body: { request_status: 'in_progress' },
    }),
  },
  {
    operation: 'DELETE /feature-requests/{id}',
    request: async ({ api }) => ({ path: `/feature-requests/${await featureRequestId(api)}` }),
  },
  {
    operation: 'POST /feature-requests/{id}/set-portal-visibility',
    request: async ({ api }) => ({
      path: `/feature-requests/${await featureRequestId(api)}/set-portal-visibility`,
      body: { account_ids: [(await createAccount(api)).id], visible: true },
    }),
  },
  {
    operation: 'POST /surveys',
    request: async () => ({ path: '/surveys', body: { name: 'Quarterly NPS', type: 'nps' } }),
  },
  { operation: 'GET /surveys', request: async ({ api }) => (await surveyId(api), { path: '/surveys' }) },
  {
    operation: 'POST /surveys/search',
    request: async ({ api }) => (
      await surveyId(api),
      {
        path: '/surveys/search',
        body: { filter: { field: 'updated_at', operator: 'time_is_after', value: '2020-01-01T00:00:00Z' }, limit: 10 },
      }
    ),
  },
  { operation: 'GET /surveys/{id}', request: async ({ api }) => ({ path: `/surveys/${await surveyId(api)}` }) },
  {
    operation: 'POST /surveys/{id}/responses',
    request: async ({ api }) => ({
      path: `/surveys/${await surveyId(api)}/responses`,
      body: { contact_id: (await createContact(api)).id, answers, submitted_at: '2024-05-01T10:00:00Z' },
    }),
  },
  {
    operation: 'GET /surveys/{id}/responses',
    request: async ({ api }) => {
      const survey = await surveyId(api);
      await created(api, `/surveys/${survey}/responses`, { answers });
      return { path: `/surveys/${survey}/responses?submitted_after=2000-01-01T00:00:00Z&limit=10` };
    },
  },
];
