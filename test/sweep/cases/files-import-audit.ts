/** Sweep cases for uploads (attachments, account files), imports of past history, and the audit log. */
import { randomUUID } from 'node:crypto';
import type { Api } from '../../helpers/build.js';
import { createAccount, createContact, createIssue } from '../../helpers/factories.js';
import type { SweepCase } from '../sweep-case.js';

const pdf = () => ({
  filename: 'contract.pdf',
  content: Buffer.from(`%PDF-1.4\n${randomUUID()}\n%%EOF\n`, 'latin1'),
  type: 'application/pdf',
});

/** An issue brought over from another help desk, closed, with its first message dated in the past. */
async function importedIssueId(api: Api): Promise<string> {
  const res = await api.post('/import/issues', {
    title: 'Imported ticket',
    state: 'closed',
    messages: [{ body_html: '<p>Old question</p>', is_private: false, created_at: '2022-05-01T08:00:00Z' }],
  });
  if (res.status !== 200) throw new Error(`import setup → ${res.status}: ${res.text}`);
  return res.body.data.id;
}

export const cases: SweepCase[] = [
  {
    operation: 'POST /attachments',
    request: async () => ({ path: '/attachments', form: { file: pdf(), description: 'Signed contract' } }),
  },
  {
    operation: 'POST /accounts/{id}/files',
    request: async ({ api }) => ({ path: `/accounts/${(await createAccount(api)).id}/files`, form: { file: pdf() } }),
  },
  {
    operation: 'POST /import/contacts',
    request: async ({ api }) => ({
      path: '/import/contacts',
      body: {
        name: 'Grace',
        email: `grace-${randomUUID()}@customer.test`,
        account_id: (await createAccount(api)).id,
        portal_role: 'member',
        phone_numbers: ['15551234567'],
      },
    }),
  },
  {
    operation: 'POST /import/issues',
    request: async ({ api, userId }) => {
      const contact = await createContact(api);
      return {
        path: '/import/issues',
        body: {
          title: 'Refund request',
          state: 'closed',
          requester_id: contact.id,
          assignee_id: userId,
          tags: ['migrated'],
          created_at: '2023-03-01T10:00:00Z',
          updated_at: '2023-03-05T12:00:00Z',
          resolution_time: '2023-03-04T09:00:00Z',
          external_refs: { zendesk_ticket_id: `zd-${randomUUID()}` },
          messages: [
            {
              body_html: '<p>Question</p>',
              is_private: false,
              contact_id: contact.id,
              created_at: '2023-03-01T10:00:00Z',
            },
            { body_html: '<p>Answer</p>', is_private: false, user_id: userId, created_at: '2023-03-01T11:30:00Z' },
          ],
        },
      };
    },
  },
  {
    operation: 'POST /import/issues/{id}/messages',
    request: async ({ api, userId }) => ({
      path: `/import/issues/${await importedIssueId(api)}/messages`,
      body: {
        messages: [
          {
            body_html: '<p>Old agent answer</p>',
            is_private: false,
            user_id: userId,
            created_at: '2022-05-02T09:00:00Z',
          },
        ],
      },
    }),
  },
  {
    operation: 'GET /audit-logs',
    request: async ({ api }) => {
      await api.delete(`/issues/${(await createIssue(api)).id}`);
      return { path: '/audit-logs?limit=10' };
    },
  },
  {
    operation: 'POST /audit-logs/search',
    request: async ({ api }) => {
      await api.delete(`/issues/${(await createIssue(api)).id}`);
      return {
        path: '/audit-logs/search',
        body: { filter: { field: 'action', operator: 'equals', value: 'issue.deleted' }, limit: 10 },
      };
    },
  },
];
