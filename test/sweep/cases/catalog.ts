/** Sweep cases for the workspace's catalog: teams, tags, custom field definitions and ticket forms. */
import { randomUUID } from 'node:crypto';
import type { Api } from '../../helpers/build.js';
import type { SweepCase } from '../sweep-case.js';

const unique = () => randomUUID().slice(0, 8);

/** Creates through the API and answers the new object's id, failing loudly when the setup is refused. */
async function created(api: Api, path: string, body: unknown): Promise<string> {
  const res = await api.post(path, body);
  if (res.status !== 200) throw new Error(`setup ${path} → ${res.status}: ${res.text}`);
  return res.body.data.id;
}

const team = (api: Api, userId: string) => created(api, '/teams', { name: `Tier ${unique()}`, user_ids: [userId] });
const tag = (api: Api) => created(api, '/tags', { value: `sweep-${unique()}`, object_type: 'issue' });
const field = (api: Api) =>
  created(api, '/custom-fields', { object_type: 'issue', type: 'text', label: `Plan ${unique()}` });

/** A ticket form, made with Helpline's own `POST /ticket-forms` (Pylon's API reads them but cannot create one). */
const ticketFormId = (api: Api) =>
  created(api, '/ticket-forms', { name: `Form ${unique()}`, slug: `form-${unique()}`, is_public: true });

const teams: SweepCase[] = [
  {
    operation: 'GET /teams',
    request: async ({ api, userId }) => {
      await team(api, userId);
      return { path: '/teams?limit=10' };
    },
  },
  {
    operation: 'POST /teams',
    request: async ({ userId }) => ({ path: '/teams', body: { name: `Support ${unique()}`, user_ids: [userId] } }),
  },
  { operation: 'GET /teams/{id}', request: async ({ api, userId }) => ({ path: `/teams/${await team(api, userId)}` }) },
  {
    operation: 'PATCH /teams/{id}',
    request: async ({ api, userId }) => ({
      path: `/teams/${await team(api, userId)}`,
      body: { name: `Support EU ${unique()}`, user_ids: [] },
    }),
  },
];

const tags: SweepCase[] = [
  {
    operation: 'GET /tags',
    request: async ({ api }) => {
      await tag(api);
      return { path: '/tags?limit=10' };
    },
  },
  {
    operation: 'POST /tags',
    request: async () => ({
      path: '/tags',
      body: { value: `urgent-${unique()}`, object_type: 'account', hex_color: '#ff0000' },
    }),
  },
  { operation: 'DELETE /tags/{id}', request: async ({ api }) => ({ path: `/tags/${await tag(api)}` }) },
  { operation: 'GET /tags/{id}', request: async ({ api }) => ({ path: `/tags/${await tag(api)}` }) },
  {
    operation: 'PATCH /tags/{id}',
    request: async ({ api }) => ({
      path: `/tags/${await tag(api)}`,
      body: { value: `defect-${unique()}`, hex_color: '#00aa00' },
    }),
  },
];

const customFields: SweepCase[] = [
  {
    operation: 'GET /custom-fields',
    request: async ({ api }) => {
      await field(api);
      return { path: '/custom-fields?object_type=issue&limit=10' };
    },
  },
  {
    operation: 'POST /custom-fields',
    request: async () => ({
      path: '/custom-fields',
      body: {
        object_type: 'issue',
        type: 'select',
        label: `Priority ${unique()}`,
        description: 'How urgent',
        select_options: [{ slug: 'high', label: 'High' }, { label: 'Low' }],
        default_value: 'low',
      },
    }),
  },
  {
    operation: 'GET /custom-fields/{id}',
    request: async ({ api }) => ({ path: `/custom-fields/${await field(api)}` }),
  },
  {
    operation: 'PATCH /custom-fields/{id}',
    request: async ({ api }) => ({
      path: `/custom-fields/${await field(api)}`,
      body: { label: `Plan tier ${unique()}`, description: 'The plan the customer pays for' },
    }),
  },
];

const ticketForms: SweepCase[] = [
  { operation: 'GET /ticket-forms', request: async () => ({ path: '/ticket-forms?limit=10' }) },
  {
    operation: 'GET /ticket-forms/{id}',
    request: async ({ api }) => ({ path: `/ticket-forms/${await ticketFormId(api)}` }),
  },
];

export const cases: SweepCase[] = [...teams, ...tags, ...customFields, ...ticketForms];
