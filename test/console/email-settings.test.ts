import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setSupportAddress, workspaceForAddress } from '../../src/features/email/inbound-email.js';
import { agent, browser, signedIn } from './console-client.js';

const SETTINGS = '/console/api/email-settings';

test('an admin reads the email settings: none yet, and whether this server listens for mail', async (t) => {
  const { browser: admin } = await signedIn(t);
  const res = await admin.request('GET', SETTINGS);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  assert.deepEqual(res.body.data, {
    support_address: null,
    display_name: null,
    inbound_smtp: { enabled: false, port: null },
  });
  assert.equal(typeof res.body.request_id, 'string');

  const listening = await signedIn(t, {
    build: { env: { INBOUND_SMTP_PORT: '0', INBOUND_SMTP_HOST: '127.0.0.1' } },
  });
  const inbound = (await listening.browser.request('GET', SETTINGS)).body.data.inbound_smtp;
  assert.equal(inbound.enabled, true);
  assert.equal(inbound.port, listening.built.app.inboundSmtpPort);
  assert.ok(inbound.port > 0, 'the port the listener is bound to');
});

test('an admin sets the support address and its display name; mail to it opens issues here; audited', async (t) => {
  const { built, browser: admin } = await signedIn(t);
  const res = await admin.request('PUT', SETTINGS, {
    body: { support_address: '  Help@Acme.test ', display_name: ' Acme\u0007 Support ' },
  });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  assert.deepEqual(res.body.data, {
    support_address: 'help@acme.test',
    display_name: 'Acme Support',
    inbound_smtp: { enabled: false, port: null },
  });
  assert.deepEqual((await admin.request('GET', SETTINGS)).body.data, res.body.data);
  assert.equal(await workspaceForAddress(built.app.helpline, 'HELP@acme.test'), built.workspaceId);

  const renamed = await admin.request('PUT', SETTINGS, { body: { display_name: 'Acme Helpdesk' } });
  assert.equal(renamed.body.data.support_address, 'help@acme.test', 'the address stays');
  assert.equal(renamed.body.data.display_name, 'Acme Helpdesk');
  const removed = await admin.request('PUT', SETTINGS, { body: { display_name: '' } });
  assert.equal(removed.body.data.display_name, null, 'empty removes the name');

  const log = await built.api.get('/audit-logs');
  const entries = log.body.data.filter((e: { action: string }) => e.action === 'workspace.email_settings_updated');
  assert.deepEqual(
    entries.map((e: { attributes: { changed: string }; object_id: string }) => [e.attributes.changed, e.object_id]),
    [
      ['support_address,display_name', built.workspaceId],
      ['display_name', built.workspaceId],
      ['display_name', built.workspaceId],
    ],
  );
  const again = await admin.request('PUT', SETTINGS, { body: { support_address: 'help@acme.test' } });
  assert.equal(again.status, 200);
  const after = (await built.api.get('/audit-logs')).body.data;
  assert.equal(after.length, log.body.data.length, 'nothing changed, nothing audited');

  const cleared = await admin.request('PUT', SETTINGS, { body: { support_address: '' } });
  assert.equal(cleared.body.data.support_address, null, 'empty removes the address');
  assert.equal(await workspaceForAddress(built.app.helpline, 'help@acme.test'), undefined);
});

test('a bad address, another workspace’s address, or a malformed body: 400, nothing changed', async (t) => {
  const { built, browser: admin } = await signedIn(t);
  const other = await built.otherWorkspace();
  await setSupportAddress(built.app.helpline.store.db, other.workspaceId, 'taken@acme.test');
  assert.equal((await admin.request('PUT', SETTINGS, { body: { support_address: 'mine@acme.test' } })).status, 200);
  const cases: [unknown, RegExp][] = [
    [{ support_address: 'not an address' }, /email address/],
    [{ support_address: 'TAKEN@acme.test' }, /Another workspace/],
    [{ support_address: 'mine@acme.test', display_name: 'x'.repeat(201) }, /display_name/],
    [{}, /support_address or display_name/],
    [{ support_address: 42 }, /support_address/],
    [{ support_address: 'a@b.test', smtp_port: 25 }, /./],
  ];
  for (const [body, message] of cases) {
    const res = await admin.request('PUT', SETTINGS, { body: body as object });
    assert.equal(res.status, 400, JSON.stringify(body));
    assert.match(res.body.errors[0], message, JSON.stringify(body));
  }
  assert.equal((await admin.request('GET', SETTINGS)).body.data.support_address, 'mine@acme.test');
  assert.equal(await workspaceForAddress(built.app.helpline, 'taken@acme.test'), other.workspaceId);
});

test('the address an IMAP mailbox reads cannot be changed from under it', async (t) => {
  const { built, browser: admin } = await signedIn(t);
  const created = await built.api.post('/helpline/imap-mailboxes', {
    address: 'inbox@acme.test',
    host: 'imap.acme.test',
    username: 'inbox',
    password: 'secret',
  });
  assert.equal(created.status, 200, created.text);
  for (const support_address of ['other@acme.test', '']) {
    const res = await admin.request('PUT', SETTINGS, { body: { support_address } });
    assert.equal(res.status, 400, support_address);
    assert.match(res.body.errors[0], /IMAP mailbox for inbox@acme.test/);
  }
  const same = await admin.request('PUT', SETTINGS, {
    body: { support_address: 'inbox@acme.test', display_name: 'A' },
  });
  assert.equal(same.status, 200);
  assert.equal(same.body.data.support_address, 'inbox@acme.test');
});

test('email settings: admins only (member 403), no session 401, no CSRF 403; each workspace its own', async (t) => {
  const { built, browser: member } = await signedIn(t, { role: 'member' });
  assert.equal((await member.request('GET', SETTINGS)).status, 403);
  const put = await member.request('PUT', SETTINGS, { body: { support_address: 'member@acme.test' } });
  assert.equal(put.status, 403);
  const anonymous = browser(built.app);
  assert.equal((await anonymous.request('GET', SETTINGS)).status, 401);
  assert.equal((await anonymous.request('PUT', SETTINGS, { body: { display_name: 'x' } })).status, 401);
  const bearer = await anonymous.request('GET', SETTINGS, { headers: { authorization: `Bearer ${built.token}` } });
  assert.equal(bearer.status, 401, 'a bearer token does not sign in to the console');

  const { built: first, browser: admin } = await signedIn(t);
  const noCsrf = await admin.request('PUT', SETTINGS, { body: { support_address: 'x@acme.test' }, csrf: null });
  assert.equal(noCsrf.status, 403);
  assert.equal((await admin.request('GET', SETTINGS)).body.data.support_address, null);
  assert.equal((await admin.request('PUT', SETTINGS, { body: { support_address: 'x@acme.test' } })).status, 200);
  // Another workspace on the same server (its own admin) sees its own settings, not these.
  const other = await first.otherWorkspace();
  const otherAdmin = browser(first.app);
  assert.equal((await otherAdmin.signIn((await agent(first, other.workspaceId, { role: 'admin' })).email)).status, 200);
  assert.equal((await otherAdmin.request('GET', SETTINGS)).body.data.support_address, null);
  assert.equal(await workspaceForAddress(first.app.helpline, 'x@acme.test'), first.workspaceId);
});
