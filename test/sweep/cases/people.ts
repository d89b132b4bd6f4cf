/** Sweep cases for the people of a workspace: me, users and roles, contacts, accounts and what hangs off them. */
import { randomUUID } from 'node:crypto';
import type { Api } from '../../helpers/build.js';
import { createAccount, createContact } from '../../helpers/factories.js';
import type { SweepCase } from '../sweep-case.js';

const unique = () => randomUUID().slice(0, 8);
const accountId = async (api: Api, fields: Record<string, unknown> = {}) =>
  (await createAccount(api, { name: `Acme ${unique()}`, ...fields })).id;

async function highlight(api: Api) {
  const account = await accountId(api);
  const created = await api.post(`/accounts/${account}/highlights`, { content_html: '<p>Renewal in May</p>' });
  if (created.status !== 200) throw new Error(`highlight setup → ${created.status}: ${created.text}`);
  return `/accounts/${account}/highlights/${created.body.data.id}`;
}

const users: SweepCase[] = [
  { operation: 'GET /me', request: async () => ({ path: '/me' }) },
  { operation: 'GET /users', request: async () => ({ path: '/users?limit=10' }) },
  {
    operation: 'POST /users/search',
    request: async ({ api }) => {
      const me = (await api.get('/me')).body.data.user;
      return { path: '/users/search', body: { filter: { field: 'email', operator: 'equals', value: me.email } } };
    },
  },
  { operation: 'GET /users/{id}', request: async ({ userId }) => ({ path: `/users/${userId}` }) },
  {
    operation: 'PATCH /users/{id}',
    request: async ({ userId }) => ({ path: `/users/${userId}`, body: { name: 'Sweep Admin' } }),
  },
  { operation: 'GET /user-roles', request: async () => ({ path: '/user-roles' }) },
];

const contacts: SweepCase[] = [
  {
    operation: 'GET /contacts',
    request: async ({ api }) => {
      await createContact(api);
      return { path: '/contacts?limit=10' };
    },
  },
  {
    operation: 'POST /contacts',
    request: async ({ api }) => ({
      path: '/contacts',
      body: {
        name: 'Grace Hopper',
        email: `grace-${unique()}@example.com`,
        account_id: await accountId(api),
        phone_numbers: ['15551234567'],
        external_ids: [{ external_id: `crm-${unique()}` }],
      },
    }),
  },
  {
    operation: 'POST /contacts/search',
    request: async ({ api }) => {
      const contact = await createContact(api);
      return {
        path: '/contacts/search',
        body: { filter: { field: 'email', operator: 'equals', value: contact.email } },
      };
    },
  },
  {
    operation: 'DELETE /contacts/{id}',
    request: async ({ api }) => ({ path: `/contacts/${(await createContact(api)).id}` }),
  },
  {
    operation: 'GET /contacts/{id}',
    request: async ({ api }) => ({ path: `/contacts/${(await createContact(api)).id}?limit=10` }),
  },
  {
    operation: 'PATCH /contacts/{id}',
    request: async ({ api }) => ({
      path: `/contacts/${(await createContact(api)).id}`,
      body: { name: 'Ada King', account_id: await accountId(api), phone_numbers: ['5550100'] },
    }),
  },
];

const accounts: SweepCase[] = [
  {
    operation: 'GET /accounts',
    request: async ({ api }) => {
      await accountId(api);
      return { path: '/accounts?limit=10' };
    },
  },
  {
    operation: 'PATCH /accounts',
    request: async ({ api, userId }) => ({
      path: '/accounts',
      body: {
        account_ids: [await accountId(api), await accountId(api)],
        tags: ['sweep'],
        tags_apply_mode: 'append_only',
        owner_id: userId,
      },
    }),
  },
  {
    operation: 'POST /accounts',
    request: async ({ userId }) => ({
      path: '/accounts',
      body: {
        name: `Initech ${unique()}`,
        domains: [`initech-${unique()}.example`],
        tags: ['sweep'],
        owner_id: userId,
        external_ids: [{ external_id: `crm-${unique()}` }],
      },
    }),
  },
  {
    operation: 'POST /accounts/merge',
    request: async ({ api }) => ({
      path: '/accounts/merge',
      body: { merge_into_account_id: await accountId(api), merge_account_ids: [await accountId(api)] },
    }),
  },
  {
    operation: 'POST /accounts/search',
    request: async ({ api }) => {
      const tag = `sweep-${unique()}`;
      await accountId(api, { tags: [tag] });
      return { path: '/accounts/search', body: { filter: { field: 'tags', operator: 'contains', value: tag } } };
    },
  },
  {
    operation: 'DELETE /accounts/{id}',
    request: async ({ api }) => ({ path: `/accounts/${await accountId(api)}` }),
  },
  {
    operation: 'GET /accounts/{id}',
    request: async ({ api }) => ({ path: `/accounts/${await accountId(api)}` }),
  },
  {
    operation: 'PATCH /accounts/{id}',
    request: async ({ api }) => ({
      path: `/accounts/${await accountId(api)}`,
      body: { name: `Acme Renamed ${unique()}`, tags: ['sweep'], account_type: 'customer' },
    }),
  },
];

const accountRecords: SweepCase[] = [
  {
    operation: 'POST /accounts/{account_id}/relationship',
    request: async ({ api }) => ({
      path: `/accounts/${await accountId(api)}/relationship`,
      body: { related_object_id: await accountId(api), relationship_type: 'parent_account' },
    }),
  },
  {
    operation: 'GET /accounts/{account_id}/relationships',
    request: async ({ api }) => {
      const child = await accountId(api);
      await api.post(`/accounts/${child}/relationship`, {
        related_object_id: await accountId(api),
        relationship_type: 'partner_account',
      });
      return { path: `/accounts/${child}/relationships` };
    },
  },
  {
    operation: 'DELETE /accounts/{account_id}/relationships/{relationship_id}',
    request: async ({ api }) => {
      const child = await accountId(api);
      const link = await api.post(`/accounts/${child}/relationship`, {
        related_object_id: await accountId(api),
        relationship_type: 'parent_account',
      });
      if (link.status !== 200) throw new Error(`relationship setup → ${link.status}: ${link.text}`);
      return { path: `/accounts/${child}/relationships/${link.body.data.id}` };
    },
  },
  {
    operation: 'POST /accounts/{id}/activities',
    request: async ({ api, userId }) => ({
      path: `/accounts/${await accountId(api)}/activities`,
      body: {
        slug: 'call',
        body_html: '<p>Quarterly review</p>',
        happened_at: new Date().toISOString(),
        user_id: userId,
      },
    }),
  },
  { operation: 'GET /activity-types', request: async () => ({ path: '/activity-types' }) },
  {
    operation: 'POST /accounts/{account_id}/highlights',
    request: async ({ api }) => ({
      path: `/accounts/${await accountId(api)}/highlights`,
      body: { content_html: '<p>VIP</p>', expires_at: new Date(Date.now() + 86_400_000).toISOString() },
    }),
  },
  {
    operation: 'PATCH /accounts/{account_id}/highlights/{highlight_id}',
    request: async ({ api }) => ({ path: await highlight(api), body: { content_html: '<p>Renewal in June</p>' } }),
  },
  {
    operation: 'DELETE /accounts/{account_id}/highlights/{highlight_id}',
    request: async ({ api }) => ({ path: await highlight(api) }),
  },
];

export const cases: SweepCase[] = [...users, ...contacts, ...accounts, ...accountRecords];
