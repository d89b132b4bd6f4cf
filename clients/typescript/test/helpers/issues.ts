import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { HelplineClient, Issue, Message } from '../../src/index.js';

/** A new issue with its first message, created through the client. */
export async function createIssue(client: HelplineClient, title = 'Cannot log in'): Promise<Issue & { id: string }> {
  const { data, error } = await client.POST('/issues', {
    body: { title, body_html: '<p>Help!</p>', requester_email: `ada-${randomUUID()}@example.com` },
  });
  assert.equal(error, undefined, JSON.stringify(error));
  const issue = data?.data;
  assert.ok(issue?.id, 'the created issue has an id');
  return { ...issue, id: issue.id };
}

export async function listMessages(client: HelplineClient, id: string): Promise<Message[]> {
  const { data, error } = await client.GET('/issues/{id}/messages', { params: { path: { id } } });
  assert.equal(error, undefined, JSON.stringify(error));
  return data?.data ?? [];
}
