import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildApp } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import { nowMs } from '../../src/core/clock.js';
import { wakeDueIssues } from '../../src/features/issues/issue-snooze.js';
import { build, type Api } from '../helpers/build.js';
import { createIssue, postNote, postReply } from '../helpers/factories.js';
import { freshPostgresUrl, TEST_DIALECT } from '../helpers/database.js';

const HOUR = 3_600_000;
const CLOCK = { TEST_CONTROLS: 'true', DELIVERY_POLL_MS: '20' };
const inHours = (hours: number) => new Date(nowMs() + hours * HOUR).toISOString();

async function eventTypes(api: Api): Promise<string[]> {
  return (await api.get('/events?limit=1000')).body.data.map((e: { type: string }) => e.type);
}

async function waitForState(api: Api, id: string, state: string) {
  for (let i = 0; i < 100; i++) {
    const issue = (await api.get(`/issues/${id}`)).body.data;
    if (issue.state === state) return issue;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  assert.fail(`issue ${id} never reached ${state}`);
}

test('a snoozed issue is on hold until its time, then wakes by itself to waiting_on_you', async (t) => {
  const { api, app, workspaceId } = await build(t, { env: CLOCK });
  const issue = await createIssue(api);
  const until = inHours(2);
  const res = await api.post(`/issues/${issue.number}/snooze`, { snooze_until: until.replace(/\.\d+Z$/, 'Z') });
  assert.equal(res.status, 200, res.text);
  assert.equal(res.body.data.state, 'on_hold');
  assert.equal(res.body.data.snoozed_until_time, until.replace(/\.\d+Z$/, '.000Z'));
  const row = await app.helpline.store.db
    .selectFrom('issues')
    .select(['snoozed_until', 'state'])
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  assert.deepEqual(row, { snoozed_until: res.body.data.snoozed_until_time, state: 'on_hold' });
  assert.deepEqual((await eventTypes(api)).slice(-2), ['issue.updated', 'issue.snoozed']);

  await api.post('/helpline/test/clock', { advance_ms: HOUR });
  await new Promise((resolve) => setTimeout(resolve, 100));
  assert.equal((await api.get(`/issues/${issue.id}`)).body.data.state, 'on_hold', 'not yet');

  await api.post('/helpline/test/clock', { advance_ms: 2 * HOUR });
  const woken = await waitForState(api, issue.id, 'waiting_on_you');
  assert.equal(woken.snoozed_until_time, undefined);
  const types = await eventTypes(api);
  assert.deepEqual(types.slice(-2), ['issue.updated', 'issue.snooze_expired']);
  assert.equal(types.filter((type) => type === 'issue.snooze_expired').length, 1);
});

test('a reply or a state change before the time ends the snooze; a note does not', async (t) => {
  const { api } = await build(t, { env: CLOCK });
  const replied = await createIssue(api);
  await api.post(`/issues/${replied.id}/snooze`, { snooze_until: inHours(1) });
  await postNote(api, replied.id);
  assert.ok((await api.get(`/issues/${replied.id}`)).body.data.snoozed_until_time, 'a note keeps the snooze');
  await postReply(api, replied.id);
  const afterReply = (await api.get(`/issues/${replied.id}`)).body.data;
  assert.equal(afterReply.state, 'waiting_on_customer');
  assert.equal(afterReply.snoozed_until_time, undefined);

  const moved = await createIssue(api);
  await api.post(`/issues/${moved.id}/snooze`, { snooze_until: inHours(1) });
  const closed = (await api.patch(`/issues/${moved.id}`, { state: 'closed' })).body.data;
  assert.equal(closed.snoozed_until_time, undefined);

  await api.post('/helpline/test/clock', { advance_ms: 2 * HOUR });
  await new Promise((resolve) => setTimeout(resolve, 200));
  assert.equal((await api.get(`/issues/${replied.id}`)).body.data.state, 'waiting_on_customer');
  assert.equal((await api.get(`/issues/${moved.id}`)).body.data.state, 'closed');
  assert.ok(!(await eventTypes(api)).includes('issue.snooze_expired'));
});

test('POST /issues/{id}/snooze: a past, present or malformed time → 400; unknown issue → 404', async (t) => {
  const { api, otherWorkspace, member } = await build(t);
  const issue = await createIssue(api);
  for (const snooze_until of [inHours(-1), '2020-01-01T00:00:00Z', 'tomorrow', '2030-01-01T00:00:00']) {
    const res = await api.post(`/issues/${issue.id}/snooze`, { snooze_until });
    assert.equal(res.status, 400, snooze_until);
  }
  assert.equal((await api.post(`/issues/${issue.id}/snooze`, {})).status, 400);
  assert.equal((await api.get(`/issues/${issue.id}`)).body.data.state, 'new');
  assert.equal((await api.post('/issues/missing/snooze', { snooze_until: inHours(1) })).status, 404);
  const other = await otherWorkspace();
  assert.equal((await other.api.post(`/issues/${issue.id}/snooze`, { snooze_until: inHours(1) })).status, 404);
  const asMember = await (await member()).api.post(`/issues/${issue.id}/snooze`, { snooze_until: inHours(1) });
  assert.equal(asMember.status, 200, 'members snooze issues too');
});

test('two instances waking at once on PostgreSQL wake each issue exactly once', async (t) => {
  if (TEST_DIALECT !== 'postgres') return t.skip('several instances share PostgreSQL only');
  const { url } = await freshPostgresUrl(t);
  const config = parseConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent', RATE_LIMIT_MULTIPLIER: '1000' });
  const first = await buildApp(config, { deliver: false });
  t.after(() => first.close());
  const second = await buildApp(config, { deliver: false });
  t.after(() => second.close());
  const { createWorkspace } = await import('../../src/features/workspaces/workspace.service.js');
  const created = await first.helpline.store.db.transaction().execute((trx) => createWorkspace(trx, { name: 'W' }));
  const headers = { authorization: `Bearer ${created.token}`, 'content-type': 'application/json' };
  const ids: string[] = [];
  for (let i = 0; i < 12; i++) {
    const body = JSON.stringify({ title: `t${i}`, body_html: 'b', requester_email: `c${i}@example.com` });
    const issue = (await first.inject({ method: 'POST', url: '/issues', headers, payload: body })).json().data;
    const snooze = JSON.stringify({ snooze_until: inHours(1) });
    await first.inject({ method: 'POST', url: `/issues/${issue.id}/snooze`, headers, payload: snooze });
    ids.push(issue.id);
  }
  const due = inHours(2);
  const [a, b] = await Promise.all([wakeDueIssues(first.helpline, due, 50), wakeDueIssues(second.helpline, due, 50)]);
  const woken = [...a, ...b].map((issue) => issue.id).sort();
  assert.deepEqual(woken, [...ids].sort(), 'each issue woke on one instance only');
  const events = await first.helpline.store.db
    .selectFrom('events')
    .select('subject_id')
    .where('type', '=', 'issue.snooze_expired')
    .execute();
  assert.equal(events.length, ids.length);
});
