/** Sweep cases for issues (search, followers, snooze, external issues, states) and their messages and threads. */
import { randomUUID } from 'node:crypto';
import { createContact, createIssue, firstMessageId, postNote, postReply } from '../../helpers/factories.js';
import type { SweepCase } from '../sweep-case.js';

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

export const cases: SweepCase[] = [
  {
    operation: 'GET /issues',
    request: async ({ api }) => {
      await createIssue(api);
      // The list needs a window of at most 30 days; this one holds the issue just made.
      const window = `start_time=${iso(Date.now() - 24 * HOUR)}&end_time=${iso(Date.now() + 24 * HOUR)}`;
      return { path: `/issues?${window}&limit=10` };
    },
  },
  {
    operation: 'POST /issues',
    request: async ({ userId }) => ({
      path: '/issues',
      body: {
        title: 'Export fails',
        body_html: '<p>The CSV export times out.</p>',
        requester_email: `sweep-${randomUUID()}@example.com`,
        requester_name: 'Sweep Customer',
        assignee_id: userId,
        tags: ['sweep'],
        priority: 'high',
      },
    }),
  },
  {
    operation: 'POST /issues/search',
    request: async ({ api }) => {
      const tag = `sweep-${randomUUID().slice(0, 8)}`;
      await createIssue(api, { tags: [tag] });
      return {
        path: '/issues/search',
        body: {
          filter: {
            operator: 'and',
            subfilters: [
              { field: 'tags', operator: 'contains', value: tag },
              { field: 'state', operator: 'in', values: ['new', 'waiting_on_you'] },
            ],
          },
          limit: 10,
        },
      };
    },
  },
  {
    operation: 'DELETE /issues/{id}',
    request: async ({ api }) => ({ path: `/issues/${(await createIssue(api)).id}` }),
  },
  {
    operation: 'GET /issues/{id}',
    request: async ({ api }) => ({ path: `/issues/${(await createIssue(api)).id}` }),
  },
  {
    operation: 'PATCH /issues/{id}',
    request: async ({ api, userId }) => ({
      path: `/issues/${(await createIssue(api)).id}`,
      body: { title: 'Export fails (renamed)', state: 'waiting_on_customer', assignee_id: userId, tags: ['sweep'] },
    }),
  },
  {
    operation: 'POST /issues/{id}/external-issues',
    request: async ({ api }) => ({
      path: `/issues/${(await createIssue(api)).id}/external-issues`,
      body: { external_issue_id: 'ENG-42', source: 'linear', operation: 'link' },
    }),
  },
  {
    operation: 'GET /issues/{id}/followers',
    request: async ({ api, userId }) => {
      const issue = await createIssue(api);
      await api.post(`/issues/${issue.id}/followers`, { user_ids: [userId] });
      return { path: `/issues/${issue.id}/followers` };
    },
  },
  {
    operation: 'POST /issues/{id}/followers',
    request: async ({ api, userId }) => {
      const issue = await createIssue(api);
      const contact = await createContact(api);
      return { path: `/issues/${issue.id}/followers`, body: { user_ids: [userId], contact_ids: [contact.id] } };
    },
  },
  {
    operation: 'GET /issues/{id}/messages',
    request: async ({ api }) => {
      const issue = await createIssue(api);
      await postReply(api, issue.id);
      return { path: `/issues/${issue.id}/messages` };
    },
  },
  {
    operation: 'DELETE /issues/{id}/messages/{message_id}',
    request: async ({ api }) => {
      const issue = await createIssue(api);
      return { path: `/issues/${issue.id}/messages/${(await postNote(api, issue.id)).id}` };
    },
  },
  {
    operation: 'POST /issues/{id}/messages/{message_id}/redact',
    request: async ({ api }) => {
      const issue = await createIssue(api);
      return { path: `/issues/${issue.id}/messages/${await firstMessageId(api, issue.id)}/redact` };
    },
  },
  {
    operation: 'POST /issues/{id}/note',
    request: async ({ api }) => {
      const issue = await createIssue(api);
      const thread = (await api.post(`/issues/${issue.id}/threads`, { name: 'Escalation' })).body.data;
      return {
        path: `/issues/${issue.id}/note`,
        body: { body_html: '<p>Checked the logs.</p>', thread_id: thread.id },
      };
    },
  },
  {
    operation: 'POST /issues/{id}/reply',
    request: async ({ api }) => {
      const issue = await createIssue(api);
      return {
        path: `/issues/${issue.id}/reply`,
        body: { body_html: '<p>Fixed, please retry.</p>', message_id: await firstMessageId(api, issue.id) },
      };
    },
  },
  {
    operation: 'POST /issues/{id}/snooze',
    request: async ({ api }) => ({
      path: `/issues/${(await createIssue(api)).id}/snooze`,
      body: { snooze_until: iso(Date.now() + 2 * HOUR) },
    }),
  },
  {
    operation: 'GET /issues/{id}/threads',
    request: async ({ api }) => {
      const issue = await createIssue(api);
      await api.post(`/issues/${issue.id}/threads`, { name: 'Escalation' });
      return { path: `/issues/${issue.id}/threads` };
    },
  },
  {
    operation: 'POST /issues/{id}/threads',
    request: async ({ api }) => ({
      path: `/issues/${(await createIssue(api)).id}/threads`,
      body: { name: 'Engineering' },
    }),
  },
  {
    operation: 'GET /issue-statuses',
    request: async () => ({ path: '/issue-statuses' }),
  },
];
