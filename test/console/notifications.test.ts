import assert from 'node:assert/strict';
import { test, type TestContext } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { CompiledQuery } from 'kysely';
import { buildApp } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import { setSupportAddress } from '../../src/features/email/inbound-email.js';
import { unreadIssuesQuery } from '../../src/features/notifications/issue-read.repository.js';
import { setWorkspaceSupportDisplayName } from '../../src/features/workspaces/workspace.repository.js';
import { createWorkspace } from '../../src/features/workspaces/workspace.service.js';
import { createUser } from '../../src/features/users/user.service.js';
import type { Database } from '../../src/core/store/database.js';
import type { Kysely } from 'kysely';
import { build, type Api, type Built } from '../helpers/build.js';
import { durableDatabaseUrl, TEST_DIALECT } from '../helpers/database.js';
import { createContact, firstMessageId, listMessages, postNote, postReply } from '../helpers/factories.js';
import { tempDir } from '../helpers/process.js';
import { smtpClient, startMailCatcher } from '../helpers/smtp.js';
import { agent, browser, signedIn, type ConsoleBrowser } from './console-client.js';

const SUPPORT = 'support@acme.test';
const PUBLIC_URL = 'http://help.test:8080';
const FAST = { DELIVERY_POLL_MS: '20', WEBHOOK_RETRY_BASE_MS: '50', PUBLIC_URL };

type Catcher = Awaited<ReturnType<typeof startMailCatcher>>;
type Mail = Catcher['mails'][number];

async function waitUntil(what: string, probe: () => Promise<boolean>, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Every event fanned out and every notification email decided (sent, cancelled or failed): nothing in flight. */
async function settled(db: Kysely<Database>): Promise<void> {
  await waitUntil('the notifications to settle', async () => {
    const queued = await db.selectFrom('notification_events').select('event_id').execute();
    const pending = await db.selectFrom('notification_emails').select('id').where('status', '=', 'pending').execute();
    return queued.length === 0 && pending.length === 0;
  });
}

const notifications = (catcher: Catcher): Mail[] =>
  catcher.mails.filter((mail) => mail.parsed.subject?.startsWith('[Helpline]'));
const recipients = (mails: Mail[]): string[] => mails.flatMap((mail) => mail.envelopeTo).sort();

/** A server whose mail goes to a catcher, with a support address and its display name. */
async function withMail(t: TestContext, env: Record<string, string> = {}) {
  const catcher = await startMailCatcher(t);
  const built = await build(t, { env: { ...FAST, SMTP_URL: catcher.url, ...env } });
  const db = built.app.helpline.store.db;
  await setSupportAddress(db, built.workspaceId, SUPPORT);
  await setWorkspaceSupportDisplayName(db, built.workspaceId, 'Acme "Support"');
  return { built, db, catcher };
}

/** A signed-in agent of the workspace, with their browser. */
async function signedInAgent(built: Built, role: 'admin' | 'member' = 'member') {
  const user = await agent(built, built.workspaceId, { role });
  const b = browser(built.app);
  assert.equal((await b.signIn(user.email)).status, 200);
  return { ...user, browser: b };
}

async function switchOff(b: ConsoleBrowser, body: Record<string, boolean>) {
  const res = await b.request('PATCH', '/console/api/notifications/settings', { body });
  assert.equal(res.status, 200, JSON.stringify(res.body));
}

/** An issue a customer opened (its first message is theirs), through the API. */
async function customerIssue(api: Api, contactId: string, fields: Record<string, unknown> = {}) {
  const res = await api.post('/issues', {
    title: 'Printer on fire',
    body_html: '<p>It is on fire.</p>',
    contact_id: contactId,
    requester_id: contactId,
    destination_metadata: { destination: 'in_app_chat' },
    ...fields,
  });
  assert.equal(res.status, 200, res.text);
  return res.body.data as { id: string; number: number };
}

const customerReply = async (api: Api, issueId: string, contactId: string, html = '<p>Still burning</p>') =>
  postReply(api, issueId, { contact_id: contactId, body_html: html });

test(
  'a new unassigned issue emails every agent who wants it: never its author, a switched-off, deactivated or ' +
    'password-less user',
  async (t) => {
    const { built, db, catcher } = await withMail(t);
    const author = await signedInAgent(built, 'admin');
    const on = [await signedInAgent(built), await signedInAgent(built)];
    const off = await signedInAgent(built);
    await switchOff(off.browser, { email_new_unassigned: false });
    const gone = await signedInAgent(built);
    assert.equal((await built.api.post(`/helpline/users/${gone.id}/deactivate`)).status, 200);
    await createUser(db, {
      workspaceId: built.workspaceId,
      email: 'api-only@example.com',
      name: 'API',
      role: 'member',
    });
    const other = await built.otherWorkspace();
    const otherAgent = await agent(built, other.workspaceId);

    const long = 'word '.repeat(150);
    const created = await author.browser.request('POST', '/console/api/v1/issues', {
      body: { title: 'Login\nbroken', body_html: `<p>${long}</p>`, requester_email: 'grace@customer.test' },
    });
    assert.equal(created.status, 200, JSON.stringify(created.body));
    const issue = created.body.data;
    await settled(db);

    const mails = notifications(catcher);
    assert.deepEqual(recipients(mails), on.map((a) => a.email).sort());
    const [mail] = mails;
    assert.equal(mail!.parsed.subject, `[Helpline] New issue #${issue.number}: Login broken`);
    const from = (mail!.parsed.from as { value: { address: string; name: string }[] }).value[0]!;
    assert.deepEqual(from, { address: SUPPORT, name: 'Acme "Support"' });
    assert.equal(mail!.parsed.headers.get('auto-submitted'), 'auto-generated');
    const text = String(mail!.parsed.text);
    assert.ok(text.includes(`${PUBLIC_URL}/issues/${issue.id}`), text);
    const quoted = /word[\s\S]*?…/.exec(text)![0];
    assert.ok(quoted.length <= 501, `at most 500 characters of the message: ${quoted.length}`);
    assert.match(String(mail!.parsed.html), new RegExp(`href="${PUBLIC_URL}/issues/${issue.id}"`));

    // An issue opened with an assignee is nobody else's news; one of another workspace is only that workspace's.
    const assigned = await built.api.post('/issues', {
      title: 'Assigned',
      body_html: '<p>x</p>',
      requester_email: 'grace@customer.test',
      assignee_id: on[0]!.id,
    });
    assert.equal(assigned.status, 200);
    await other.api.post('/issues', { title: 'Elsewhere', body_html: '<p>x</p>', requester_email: 'x@customer.test' });
    await settled(db);
    const later = notifications(catcher).slice(2);
    assert.deepEqual(recipients(later), [otherAgent.email]);
    assert.match(later[0]!.parsed.subject!, /New issue #1: Elsewhere$/);
    const rows = await db
      .selectFrom('notification_emails')
      .selectAll()
      .where('workspace_id', '=', built.workspaceId)
      .execute();
    assert.deepEqual(
      rows.map((r) => [r.status, r.kind, r.issue_id]),
      [
        ['sent', 'new_unassigned', issue.id],
        ['sent', 'new_unassigned', issue.id],
      ],
    );
  },
);

test('a customer’s reply emails the issue’s assignee only; agents’ replies and notes email nobody', async (t) => {
  const { built, db, catcher } = await withMail(t);
  const assignee = await signedInAgent(built);
  const colleague = await signedInAgent(built);
  const customer = await createContact(built.api, { name: 'Ada Lovelace' });
  const issue = await customerIssue(built.api, customer.id);
  await settled(db);
  assert.deepEqual(recipients(notifications(catcher)), [assignee.email, colleague.email].sort(), 'new and unassigned');

  assert.equal((await built.api.patch(`/issues/${issue.id}`, { assignee_id: assignee.id })).status, 200);
  await customerReply(built.api, issue.id, customer.id, `<p>${'It still burns. '.repeat(3)}</p>`);
  await postReply(built.api, issue.id, { body_html: '<p>We are on it</p>' });
  await postNote(built.api, issue.id);
  const fromConsole = await colleague.browser.request('POST', `/console/api/v1/issues/${issue.id}/reply`, {
    body: { body_html: '<p>Me too</p>', message_id: await firstMessageId(built.api, issue.id) },
  });
  assert.equal(fromConsole.status, 200);
  await settled(db);

  const replies = notifications(catcher).slice(2);
  assert.deepEqual(recipients(replies), [assignee.email]);
  assert.equal(replies[0]!.parsed.subject, `[Helpline] Ada Lovelace replied on #${issue.number}: Printer on fire`);
  assert.match(String(replies[0]!.parsed.text), /It still burns\./);
  assert.ok(String(replies[0]!.parsed.text).includes(`${PUBLIC_URL}/issues/${issue.id}`));
});

test('no reply email to an assignee who switched it off, was deactivated, or wrote it themselves', async (t) => {
  const { built, db, catcher } = await withMail(t);
  const assignee = await signedInAgent(built);
  const admin = await signedInAgent(built, 'admin');
  await switchOff(admin.browser, { email_new_unassigned: false });
  await switchOff(assignee.browser, { email_new_unassigned: false });
  const customer = await createContact(built.api);
  const issue = await customerIssue(built.api, customer.id, { assignee_id: assignee.id });
  await settled(db);
  assert.deepEqual(recipients(notifications(catcher)), [assignee.email], 'a customer’s first message counts');

  await switchOff(assignee.browser, { email_customer_reply: false });
  await customerReply(built.api, issue.id, customer.id);
  await settled(db);
  assert.equal(notifications(catcher).length, 1, 'switched off');

  const on = await assignee.browser.request('PATCH', '/console/api/notifications/settings', {
    body: { email_customer_reply: true },
  });
  assert.equal(on.status, 200);
  // The assignee writing in as a customer (from their own mailbox): not told about their own message.
  const self = await createContact(built.api, { email: assignee.email.toUpperCase() });
  await customerReply(built.api, issue.id, self.id);
  await settled(db);
  assert.equal(notifications(catcher).length, 1, 'their own message');

  assert.equal((await built.api.post(`/helpline/users/${assignee.id}/deactivate`)).status, 200);
  await customerReply(built.api, issue.id, customer.id);
  await settled(db);
  assert.equal(notifications(catcher).length, 1, 'deactivated');

  // The admin still hears of customers' replies on their own issues.
  assert.equal((await built.api.patch(`/issues/${issue.id}`, { assignee_id: admin.id })).status, 200);
  await customerReply(built.api, issue.id, customer.id);
  await settled(db);
  assert.deepEqual(recipients(notifications(catcher).slice(1)), [admin.email]);
});

test('customer mail to the support address: a new issue, then a reply, each notified once', async (t) => {
  const { built, db, catcher } = await withMail(t, { INBOUND_SMTP_PORT: '0', INBOUND_SMTP_HOST: '127.0.0.1' });
  const assignee = await signedInAgent(built);
  const colleague = await signedInAgent(built);
  const client = smtpClient(built.app.inboundSmtpPort!);
  t.after(() => client.close());
  const first = await client.sendMail({
    from: 'Grace Hopper <grace@customer.test>',
    to: SUPPORT,
    subject: 'Printer on fire',
    text: 'It is on fire.',
  });
  await settled(db);
  const opened = notifications(catcher);
  assert.deepEqual(recipients(opened), [assignee.email, colleague.email].sort());
  const number = /#(\d+)/.exec(opened[0]!.parsed.subject!)![1];
  const issue = (await built.api.get(`/issues/${number}`)).body.data;
  assert.equal(opened[0]!.parsed.subject, `[Helpline] New issue #${number}: Printer on fire`);

  assert.equal((await built.api.patch(`/issues/${issue.id}`, { assignee_id: assignee.id })).status, 200);
  await client.sendMail({
    from: 'grace@customer.test',
    to: SUPPORT,
    subject: 'Re: Printer on fire',
    text: 'Now the desk too.',
    inReplyTo: first.messageId,
    references: [first.messageId!],
  });
  await waitUntil('the reply', async () => (await listMessages(built.api, issue.id)).data.length === 2);
  await settled(db);
  const replied = notifications(catcher).slice(2);
  assert.deepEqual(recipients(replied), [assignee.email]);
  assert.equal(replied[0]!.parsed.subject, `[Helpline] Grace Hopper replied on #${number}: Printer on fire`);
  assert.match(String(replied[0]!.parsed.text), /Now the desk too\./);
});

test('imported history notifies nobody: it already happened elsewhere', async (t) => {
  const { built, db, catcher } = await withMail(t);
  const assignee = await signedInAgent(built);
  const customer = await createContact(built.api);
  const old = [{ body_html: '<p>Old question</p>', is_private: false, contact_id: customer.id }];
  const imported = await built.api.post('/import/issues', { title: 'Imported', state: 'new', messages: old });
  assert.equal(imported.status, 200, imported.text);
  const live = await customerIssue(built.api, customer.id, { assignee_id: assignee.id });
  const importedReply = await built.api.post(`/import/issues/${live.id}/messages`, { messages: old });
  assert.equal(importedReply.status, 200, importedReply.text);
  await settled(db);
  const mails = notifications(catcher);
  assert.deepEqual(recipients(mails), [assignee.email], 'only the live issue’s first message');
  assert.match(mails[0]!.parsed.subject!, new RegExp(`#${live.number}: Printer on fire$`));
});

test('without a mail server nothing is queued, and the events waiting for a fan-out are cleared', async (t) => {
  const built = await build(t, { env: FAST });
  const db = built.app.helpline.store.db;
  await agent(built, built.workspaceId);
  const customer = await createContact(built.api);
  await customerIssue(built.api, customer.id);
  await settled(db);
  assert.equal((await db.selectFrom('notification_emails').selectAll().execute()).length, 0);
});

test('two servers on one database send each notification exactly once', async (t) => {
  const catcher = await startMailCatcher(t);
  const env = {
    DATABASE_URL: await durableDatabaseUrl(t, tempDir(t)),
    LOG_LEVEL: 'silent',
    RATE_LIMIT_MULTIPLIER: '1000',
    SMTP_URL: catcher.url,
    ...FAST,
  };
  const apps: FastifyInstance[] = [];
  for (let i = 0; i < 2; i++) {
    const app = await buildApp(parseConfig(env));
    t.after(() => app.close());
    apps.push(app);
  }
  const db = apps[0]!.helpline.store.db;
  const ws = await db.transaction().execute((trx) => createWorkspace(trx, { name: 'Acme' }));
  await setSupportAddress(db, ws.workspace_id, SUPPORT);
  const agents = [];
  for (let i = 0; i < 3; i++) agents.push(await agent({ app: apps[0]! }, ws.workspace_id));
  const headers = { authorization: `Bearer ${ws.token}` };
  const issues = 6;
  await Promise.all(
    Array.from({ length: issues }, async (_, i) => {
      const res = await apps[i % 2]!.inject({
        method: 'POST',
        url: '/issues',
        headers,
        payload: { title: `Issue ${i}`, body_html: '<p>Help</p>', requester_email: `c${i}@customer.test` },
      });
      assert.equal(res.statusCode, 200, res.body);
    }),
  );
  await settled(db);
  const mails = notifications(catcher);
  const sent = mails.map((mail) => `${mail.envelopeTo.join()} ${mail.parsed.subject}`);
  assert.equal(sent.length, issues * agents.length, sent.join('\n'));
  assert.equal(new Set(sent).size, sent.length, 'no mail twice');
  const rows = await db.selectFrom('notification_emails').select('status').execute();
  assert.equal(rows.length, issues * agents.length);
  assert.ok(rows.every((row) => row.status === 'sent'));
});

test('notification settings: each user’s own, both on until switched off', async (t) => {
  const { built, browser: me } = await signedIn(t, { role: 'member' });
  const colleague = await signedInAgent(built);
  const read = async (b: ConsoleBrowser) => {
    const res = await b.request('GET', '/console/api/notifications/settings');
    assert.equal(res.status, 200);
    return res.body.data;
  };
  assert.deepEqual(await read(me), { email_new_unassigned: true, email_customer_reply: true });
  const patched = await me.request('PATCH', '/console/api/notifications/settings', {
    body: { email_new_unassigned: false },
  });
  assert.equal(patched.status, 200);
  assert.deepEqual(patched.body.data, { email_new_unassigned: false, email_customer_reply: true });
  assert.equal(typeof patched.body.request_id, 'string');
  await me.request('PATCH', '/console/api/notifications/settings', { body: { email_customer_reply: false } });
  assert.deepEqual(await read(me), { email_new_unassigned: false, email_customer_reply: false }, 'the other kept');
  assert.deepEqual(await read(colleague.browser), { email_new_unassigned: true, email_customer_reply: true });

  for (const body of [{}, { email_new_unassigned: 'no' }, { email_customer_reply: 1 }, { user_id: colleague.id }]) {
    const res = await me.request('PATCH', '/console/api/notifications/settings', { body });
    assert.equal(res.status, 400, JSON.stringify(body));
  }
  const noCsrf = await me.request('PATCH', '/console/api/notifications/settings', {
    body: { email_new_unassigned: true },
    csrf: null,
  });
  assert.equal(noCsrf.status, 403);
  assert.deepEqual(await read(me), { email_new_unassigned: false, email_customer_reply: false });
  const anonymous = browser(built.app);
  assert.equal((await anonymous.request('GET', '/console/api/notifications/settings')).status, 401);
  const anonymousPatch = await anonymous.request('PATCH', '/console/api/notifications/settings', {
    body: { email_new_unassigned: false },
  });
  assert.equal(anonymousPatch.status, 401);
  const bearer = await anonymous.request('GET', '/console/api/notifications/settings', {
    headers: { authorization: `Bearer ${built.token}` },
  });
  assert.equal(bearer.status, 401, 'a bearer token does not sign in to the console');
});

async function unread(b: ConsoleBrowser): Promise<{ count: number; issue_ids: string[] }> {
  const res = await b.request('GET', '/console/api/unread');
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return res.body.data;
}

async function markRead(b: ConsoleBrowser, idOrNumber: string | number) {
  return b.request('POST', `/console/api/issues/${idOrNumber}/read`);
}

test('unread: open issues, mine or nobody’s, with a customer message I have not read, newest first', async (t) => {
  const { built, user: me, browser: b } = await signedIn(t, { role: 'member' });
  const colleague = await agent(built, built.workspaceId);
  const customer = await createContact(built.api);
  const unassigned = await customerIssue(built.api, customer.id);
  const mine = await customerIssue(built.api, customer.id, { assignee_id: me.id });
  await customerIssue(built.api, customer.id, { assignee_id: colleague.id });
  await built.api.post('/issues', { title: 'Internal', body_html: '<p>note</p>', requester_email: 'a@b.test' });
  const closed = await customerIssue(built.api, customer.id);
  assert.equal((await built.api.patch(`/issues/${closed.id}`, { state: 'closed' })).status, 200);
  const other = await built.otherWorkspace();
  const elsewhere = await createContact(other.api);
  await customerIssue(other.api, elsewhere.id);

  assert.deepEqual(await unread(b), { count: 2, issue_ids: [mine.id, unassigned.id] });

  const marked = await markRead(b, unassigned.id);
  assert.equal(marked.status, 200, JSON.stringify(marked.body));
  assert.equal(marked.body.data.issue_id, unassigned.id);
  assert.ok(Date.parse(marked.body.data.read_at) <= Date.now());
  assert.deepEqual(await unread(b), { count: 1, issue_ids: [mine.id] });
  const stored = await built.app.helpline.store.db.selectFrom('issue_reads').selectAll().execute();
  assert.deepEqual(
    stored.map((r) => [r.user_id, r.issue_id, r.workspace_id]),
    [[me.id, unassigned.id, built.workspaceId]],
  );

  // By number; an agent's reply does not make an issue unread, a customer's does.
  assert.equal((await markRead(b, mine.number)).body.data.issue_id, mine.id);
  await postReply(built.api, mine.id, { body_html: '<p>On it</p>' });
  await postNote(built.api, mine.id);
  assert.deepEqual(await unread(b), { count: 0, issue_ids: [] });
  await customerReply(built.api, unassigned.id, customer.id);
  assert.deepEqual(await unread(b), { count: 1, issue_ids: [unassigned.id] });

  // Another user's reads are their own; a closed issue is not unread.
  const colleagueBrowser = browser(built.app);
  await colleagueBrowser.signIn(colleague.email);
  assert.equal((await unread(colleagueBrowser)).count, 2, "the colleague's own and the unassigned one");
  assert.equal((await built.api.patch(`/issues/${unassigned.id}`, { state: 'closed' })).status, 200);
  assert.deepEqual(await unread(b), { count: 0, issue_ids: [] });
});

test('marking read: another workspace’s or an unknown issue is not found; no session 401, no CSRF 403', async (t) => {
  const { built, browser: b } = await signedIn(t, { role: 'member' });
  const other = await built.otherWorkspace();
  const theirs = await customerIssue(other.api, (await createContact(other.api)).id);
  for (const id of [theirs.id, String(theirs.number + 1000), 'no-such-issue']) {
    const res = await markRead(b, id);
    assert.equal(res.status, 404, id);
  }
  assert.equal((await built.app.helpline.store.db.selectFrom('issue_reads').selectAll().execute()).length, 0);
  const ours = await customerIssue(built.api, (await createContact(built.api)).id);
  const noCsrf = await b.request('POST', `/console/api/issues/${ours.id}/read`, { csrf: null });
  assert.equal(noCsrf.status, 403);
  assert.equal((await unread(b)).count, 1, 'not marked');
  const anonymous = browser(built.app);
  assert.equal((await anonymous.request('POST', `/console/api/issues/${ours.id}/read`)).status, 401);
  assert.equal((await anonymous.request('GET', '/console/api/unread')).status, 401);
});

test('the unread count counts every unread issue; the list stops at the newest 200', async (t) => {
  const { built, browser: b } = await signedIn(t, { role: 'member' });
  const customer = await createContact(built.api);
  const created: string[] = [];
  for (let i = 0; i < 203; i++) created.push((await customerIssue(built.api, customer.id)).id);
  const answer = await unread(b);
  assert.equal(answer.count, 203);
  assert.equal(answer.issue_ids.length, 200);
  assert.deepEqual(answer.issue_ids, created.slice(3).reverse());
});

test('the unread query reads through the indexes, not the whole workspace', async (t) => {
  const { built, user } = await signedIn(t, { role: 'member' });
  const db = built.app.helpline.store.db;
  const compiled = unreadIssuesQuery(db, built.workspaceId, user.id, 200).compile();
  const plan = await db.transaction().execute(async (trx) => {
    // With table scans priced out, an index the query cannot use (a partial index whose condition it does not
    // match) still loses to one: PostgreSQL names only the indexes it can use.
    if (TEST_DIALECT === 'postgres') await trx.executeQuery(CompiledQuery.raw('SET LOCAL enable_seqscan = off'));
    const explain = TEST_DIALECT === 'postgres' ? 'EXPLAIN ' : 'EXPLAIN QUERY PLAN ';
    const rows = await trx.executeQuery(CompiledQuery.raw(explain + compiled.sql, [...compiled.parameters]));
    return rows.rows.map((row) => Object.values(row as object).join(' ')).join('\n');
  });
  for (const index of ['issues_open_by_assignee', 'messages_customer_latest']) assert.match(plan, new RegExp(index));
  assert.match(plan, TEST_DIALECT === 'postgres' ? /issue_reads_pk/ : /sqlite_autoindex_issue_reads_1/);
  assert.doesNotMatch(plan, /SCAN i\b|Seq Scan on issues/);
});
