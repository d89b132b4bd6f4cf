import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test, type TestContext } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import { setSupportAddress } from '../../src/features/email/inbound-email.js';
import { createWorkspace } from '../../src/features/workspaces/workspace.service.js';
import { build, type Api } from '../helpers/build.js';
import { durableDatabaseUrl } from '../helpers/database.js';
import { SKIP_WITHOUT_DOVECOT, startDovecot, type Dovecot } from '../helpers/dovecot.js';
import { listMessages } from '../helpers/factories.js';
import { tempDir } from '../helpers/process.js';
import { startMailCatcher } from '../helpers/smtp.js';

const SUPPORT = 'support@acme.test';
const FAST = { IMAP_POLL_INTERVAL_MS: '50', DELIVERY_POLL_MS: '20', WEBHOOK_RETRY_BASE_MS: '50' };
const imapTest = (name: string, fn: (t: TestContext) => Promise<void>) =>
  test(name, { skip: SKIP_WITHOUT_DOVECOT }, fn);

function rawMail(fields: { from?: string; subject: string; body?: string; messageId?: string; inReplyTo?: string }) {
  const headers = [
    `From: ${fields.from ?? 'Grace Hopper <grace@customer.test>'}`,
    `To: ${SUPPORT}`,
    `Subject: ${fields.subject}`,
    `Message-ID: ${fields.messageId ?? `<${randomUUID()}@customer.test>`}`,
    'Date: Thu, 26 Nov 2026 10:00:00 +0000',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    ...(fields.inReplyTo ? [`In-Reply-To: ${fields.inReplyTo}`, `References: ${fields.inReplyTo}`] : []),
  ];
  return `${headers.join('\r\n')}\r\n\r\n${fields.body ?? 'Hello from the customer.'}\r\n`;
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined | false>, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const mailboxBody = (dovecot: Dovecot, extra: Record<string, unknown> = {}) => ({
  host: dovecot.host,
  port: dovecot.port,
  tls: false,
  username: dovecot.user,
  password: dovecot.password,
  ...extra,
});

async function issueTitles(app: FastifyInstance, workspaceId: string): Promise<string[]> {
  const rows = await app.helpline.store.db
    .selectFrom('issues')
    .select('title')
    .where('workspace_id', '=', workspaceId)
    .orderBy('title')
    .execute();
  return rows.map((r) => r.title);
}

async function connectMailbox(api: Api, dovecot: Dovecot, extra: Record<string, unknown> = {}) {
  const res = await api.post('/helpline/imap-mailboxes', mailboxBody(dovecot, extra));
  assert.equal(res.status, 200, res.text);
  return res.body.data as { id: string; [key: string]: unknown };
}

imapTest('a mail in the mailbox becomes an issue within a poll; the reply to our answer joins it', async (t) => {
  const catcher = await startMailCatcher(t);
  const { app, api, workspaceId } = await build(t, { env: { ...FAST, SMTP_URL: catcher.url } });
  await setSupportAddress(app.helpline.store.db, workspaceId, SUPPORT);
  const dovecot = await startDovecot(t);
  const mailbox = await connectMailbox(api, dovecot, { display_name: 'Acme "Support" Team' });
  assert.equal(mailbox.address, SUPPORT);
  assert.equal(mailbox.folder, 'INBOX');
  assert.equal(mailbox.display_name, 'Acme "Support" Team');

  const first = `<${randomUUID()}@customer.test>`;
  await dovecot.append(rawMail({ subject: 'Printer on fire', messageId: first }));
  const issueId = await waitFor('the issue', async () => {
    const row = await app.helpline.store.db
      .selectFrom('issues')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirst();
    return row?.id;
  });
  const issue = (await api.get(`/issues/${issueId}`)).body.data;
  assert.equal(issue.title, 'Printer on fire');
  assert.equal(issue.source, 'email');
  assert.equal(issue.requester.email, 'grace@customer.test');
  const [customer] = (await listMessages(api, issueId)).data;
  assert.equal(customer.email_info.message_id, first);

  const reply = await api.post(`/issues/${issueId}/reply`, {
    body_html: '<p>Put it out.</p>',
    message_id: customer.id,
    email_info: { to_emails: ['grace@customer.test'] },
  });
  assert.equal(reply.status, 200, reply.text);
  const [sent] = await catcher.waitFor(1);
  const from = (sent!.parsed.from as { value: { address: string; name: string }[] }).value[0]!;
  assert.deepEqual(from, { address: SUPPORT, name: 'Acme "Support" Team' });

  await dovecot.append(
    rawMail({ subject: 'Re: Printer on fire', body: 'It is out, thanks', inReplyTo: sent!.parsed.messageId }),
  );
  const messages = await waitFor('the reply', async () => {
    const data = (await listMessages(api, issueId)).data;
    return data.length === 3 && data;
  });
  assert.match(messages[2].message_html, /It is out/);
  assert.equal(messages[2].author.contact.email, 'grace@customer.test');
  assert.deepEqual(await issueTitles(app, workspaceId), ['Printer on fire'], 'no new issue for a reply');
  const polled = (await api.get(`/helpline/imap-mailboxes/${mailbox.id}`)).body.data;
  assert.equal(polled.last_uid, 2);
  assert.equal(polled.last_error, undefined);
  assert.ok(polled.uid_validity);
});

imapTest('each mail is filed once across a restart, and again after the folder’s UIDVALIDITY changes', async (t) => {
  const dir = tempDir(t);
  const env = { DATABASE_URL: await durableDatabaseUrl(t, dir), LOG_LEVEL: 'silent', ...FAST };
  const start = async () => {
    const app = await buildApp(parseConfig(env));
    t.after(() => app.close());
    await app.ready();
    return app;
  };
  const first = await start();
  const ws = await first.helpline.store.db.transaction().execute((trx) => createWorkspace(trx, { name: 'Acme' }));
  await setSupportAddress(first.helpline.store.db, ws.workspace_id, SUPPORT);
  const dovecot = await startDovecot(t);
  const created = await first.inject({
    method: 'POST',
    url: '/helpline/imap-mailboxes',
    headers: { authorization: `Bearer ${ws.token}` },
    payload: mailboxBody(dovecot),
  });
  assert.equal(created.statusCode, 200, created.body);
  const mailboxId = created.json().data.id as string;
  await dovecot.append(rawMail({ subject: 'One' }));
  await dovecot.append(rawMail({ subject: 'Two' }));
  await first.imapPoller.pollNow();
  assert.deepEqual(await issueTitles(first, ws.workspace_id), ['One', 'Two']);
  await first.close();

  await dovecot.append(rawMail({ subject: 'Three' }));
  const second = await start();
  await second.imapPoller.pollNow();
  await second.imapPoller.pollNow();
  assert.deepEqual(await issueTitles(second, ws.workspace_id), ['One', 'Three', 'Two']);

  // The folder's UIDs start over (a restored or rebuilt mailbox): its messages are read again, none filed twice.
  const db = second.helpline.store.db;
  await db.updateTable('imap_mailboxes').set({ uid_validity: '1', last_uid: 0 }).where('id', '=', mailboxId).execute();
  await db.deleteFrom('imap_received').where('mailbox_id', '=', mailboxId).where('uid', '=', 1).execute();
  await second.imapPoller.pollNow();
  assert.deepEqual(await issueTitles(second, ws.workspace_id), ['One', 'Three', 'Two']);
  const row = await db.selectFrom('imap_mailboxes').selectAll().where('id', '=', mailboxId).executeTakeFirstOrThrow();
  assert.notEqual(row.uid_validity, '1');
  assert.equal(Number(row.last_uid), 3);
});

imapTest('two servers polling the same database at once file each mail exactly once', async (t) => {
  const dir = tempDir(t);
  const env = { DATABASE_URL: await durableDatabaseUrl(t, dir), LOG_LEVEL: 'silent', IMAP_POLL_INTERVAL_MS: '20' };
  const apps: FastifyInstance[] = [];
  for (let i = 0; i < 2; i++) {
    const app = await buildApp(parseConfig(env));
    t.after(() => app.close());
    await app.ready();
    apps.push(app);
  }
  const [a, b] = apps as [FastifyInstance, FastifyInstance];
  const ws = await a.helpline.store.db.transaction().execute((trx) => createWorkspace(trx, { name: 'Acme' }));
  await setSupportAddress(a.helpline.store.db, ws.workspace_id, SUPPORT);
  const dovecot = await startDovecot(t);
  const created = await b.inject({
    method: 'POST',
    url: '/helpline/imap-mailboxes',
    headers: { authorization: `Bearer ${ws.token}` },
    payload: mailboxBody(dovecot),
  });
  assert.equal(created.statusCode, 200, created.body);
  const subjects = ['A', 'B', 'C', 'D', 'E', 'F'];
  for (const subject of subjects) {
    await dovecot.append(rawMail({ subject }));
    await Promise.all([a.imapPoller.pollNow(), b.imapPoller.pollNow()]);
  }
  await waitFor('every mail', async () => (await issueTitles(a, ws.workspace_id)).length >= subjects.length);
  await Promise.all([a.imapPoller.pollNow(), b.imapPoller.pollNow()]);
  assert.deepEqual(await issueTitles(b, ws.workspace_id), subjects);
  const received = await a.helpline.store.db.selectFrom('imap_received').selectAll().execute();
  assert.equal(received.length, subjects.length);
  assert.ok(received.every((r) => r.outcome === 'filed'));
});

imapTest('a wrong password is recorded on the mailbox, nothing crashes, and no answer shows a password', async (t) => {
  const { app, api, workspaceId } = await build(t, { env: FAST });
  await setSupportAddress(app.helpline.store.db, workspaceId, SUPPORT);
  const dovecot = await startDovecot(t);
  const wrong = `wrong-${randomUUID()}`;
  const texts: string[] = [];
  const created = await api.post('/helpline/imap-mailboxes', mailboxBody(dovecot, { password: wrong }));
  assert.equal(created.status, 200, created.text);
  texts.push(created.text);
  const id = created.body.data.id as string;
  await app.imapPoller.pollNow();
  const failed = await api.get(`/helpline/imap-mailboxes/${id}`);
  texts.push(failed.text);
  assert.match(failed.body.data.last_error, /Authentication failed/);
  assert.ok(failed.body.data.last_error_at);
  const tested = await api.post(`/helpline/imap-mailboxes/${id}/test`);
  texts.push(tested.text);
  assert.equal(tested.body.data.ok, false);
  assert.match(tested.body.data.error, /Authentication failed/);
  assert.equal((await api.get('/me')).status, 200, 'the server still answers');

  const fixed = await api.patch(`/helpline/imap-mailboxes/${id}`, { password: dovecot.password });
  texts.push(fixed.text);
  assert.equal(fixed.status, 200, fixed.text);
  const ok = await api.post(`/helpline/imap-mailboxes/${id}/test`);
  texts.push(ok.text);
  assert.deepEqual(ok.body.data, { ok: true, messages: 0 });
  texts.push((await api.get('/helpline/imap-mailboxes')).text);
  texts.push((await api.get(`/helpline/imap-mailboxes/${id}`)).text);
  for (const text of texts) {
    assert.ok(!text.includes(wrong) && !text.includes(dovecot.password), `a password in ${text}`);
    assert.ok(!/"password"/.test(text), text);
  }
});

imapTest('oversized and unparseable mail is skipped with the reason recorded; the next mail is filed', async (t) => {
  const { app, api, workspaceId } = await build(t, { env: { ...FAST, INBOUND_SMTP_MAX_BYTES: '2048' } });
  await setSupportAddress(app.helpline.store.db, workspaceId, SUPPORT);
  const dovecot = await startDovecot(t);
  const { id } = await connectMailbox(api, dovecot);
  await dovecot.append(rawMail({ subject: 'Huge', body: 'x'.repeat(5000) }));
  await dovecot.append(`To: ${SUPPORT}\r\nSubject: Nobody sent this\r\n\r\nno From header\r\n`);
  await dovecot.append(rawMail({ subject: 'Small' }));
  await app.imapPoller.pollNow();
  assert.deepEqual(await issueTitles(app, workspaceId), ['Small']);
  const received = await app.helpline.store.db
    .selectFrom('imap_received')
    .selectAll()
    .where('mailbox_id', '=', id)
    .orderBy('uid')
    .execute();
  assert.deepEqual(
    received.map((r) => r.outcome),
    ['skipped', 'skipped', 'filed'],
  );
  assert.match(received[0]!.error!, /too big/);
  assert.match(received[1]!.error!, /no From address/);
  const mailbox = (await api.get(`/helpline/imap-mailboxes/${id}`)).body.data;
  assert.match(mailbox.last_error, /UID 2: .*no From address/);
  assert.equal(mailbox.last_uid, 3);
  await app.imapPoller.pollNow();
  assert.deepEqual(await issueTitles(app, workspaceId), ['Small'], 'skipped mail is not tried again');

  const disabled = await api.patch(`/helpline/imap-mailboxes/${id}`, { enabled: false });
  assert.equal(disabled.body.data.enabled, false);
  await dovecot.append(rawMail({ subject: 'While disabled' }));
  await app.imapPoller.pollNow();
  assert.deepEqual(await issueTitles(app, workspaceId), ['Small'], 'a disabled mailbox is not read');
  await api.patch(`/helpline/imap-mailboxes/${id}`, { enabled: true });
  await app.imapPoller.pollNow();
  assert.deepEqual(await issueTitles(app, workspaceId), ['Small', 'While disabled']);
});
