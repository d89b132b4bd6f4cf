import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCli } from '../../src/cli/run.js';
import { setSupportAddress } from '../../src/features/email/inbound-email.js';
import { build } from '../helpers/build.js';
import { durableDatabaseUrl } from '../helpers/database.js';
import { tempDir } from '../helpers/process.js';

// Configuring a mailbox needs no IMAP server: reading one is test/delivery/imap.test.ts.
const SUPPORT = 'support@acme.test';

test('the IMAP mailbox endpoints: admins only, scoped to the workspace, bad input is a 400', async (t) => {
  const { app, api, workspaceId, member, otherWorkspace } = await build(t);
  await setSupportAddress(app.helpline.store.db, workspaceId, SUPPORT);
  const body = { host: 'imap.acme.test', username: 'support', password: 'secret-value', display_name: 'Acme' };
  const created = await api.post('/helpline/imap-mailboxes', body);
  assert.equal(created.status, 200, created.text);
  const { id } = created.body.data;
  assert.equal(created.body.data.port, 993, 'TLS by default, on its port');
  assert.equal(created.body.data.tls, true);
  const again = await api.post('/helpline/imap-mailboxes', body);
  assert.equal(again.status, 400, again.text);
  assert.equal(again.body.exists_id, id);

  for (const [bad, pattern] of [
    [{ ...body, port: 70000 }, /port/],
    [{ ...body, port: 0 }, /port/],
    [{ username: 'u', password: 'p' }, /host/],
    [{ ...body, host: '' }, /host/],
    [{ ...body, password: '' }, /password/],
    [{ ...body, address: 'other@acme.test' }, /support address/],
  ] as const) {
    const res = await api.post('/helpline/imap-mailboxes', bad);
    assert.equal(res.status, 400, res.text);
    assert.match(res.body.errors.join(' '), pattern);
  }
  assert.equal((await api.patch(`/helpline/imap-mailboxes/${id}`, { port: 65536 })).status, 400);

  const { api: memberApi } = await member();
  for (const [method, url] of [
    ['GET', '/helpline/imap-mailboxes'],
    ['POST', '/helpline/imap-mailboxes'],
    ['GET', `/helpline/imap-mailboxes/${id}`],
    ['PATCH', `/helpline/imap-mailboxes/${id}`],
    ['DELETE', `/helpline/imap-mailboxes/${id}`],
    ['POST', `/helpline/imap-mailboxes/${id}/test`],
  ] as const) {
    const res = await memberApi.request(method, url, method === 'GET' || method === 'DELETE' ? {} : { body: body });
    assert.equal(res.status, 403, `${method} ${url}`);
  }
  assert.equal((await api.get('/helpline/imap-mailboxes', { token: null })).status, 401);

  const other = await otherWorkspace();
  assert.equal((await other.api.get(`/helpline/imap-mailboxes/${id}`)).status, 404);
  assert.equal((await other.api.patch(`/helpline/imap-mailboxes/${id}`, { enabled: false })).status, 404);
  assert.equal((await other.api.post(`/helpline/imap-mailboxes/${id}/test`)).status, 404);
  assert.equal((await other.api.delete(`/helpline/imap-mailboxes/${id}`)).status, 404);
  assert.deepEqual((await other.api.get('/helpline/imap-mailboxes')).body.data, []);
  const taken = await other.api.post('/helpline/imap-mailboxes', { ...body, address: SUPPORT });
  assert.equal(taken.status, 400, 'another workspace receives mail for the address');

  const listed = await api.get('/helpline/imap-mailboxes');
  assert.deepEqual(
    listed.body.data.map((m: { id: string }) => m.id),
    [id],
  );
  assert.ok(!listed.text.includes('secret-value'));
  const disabled = await api.patch(`/helpline/imap-mailboxes/${id}`, { enabled: false, display_name: '' });
  assert.equal(disabled.body.data.enabled, false);
  assert.equal(disabled.body.data.display_name, undefined);
  assert.equal((await api.delete(`/helpline/imap-mailboxes/${id}`)).status, 200);
  assert.equal((await api.get(`/helpline/imap-mailboxes/${id}`)).status, 404);
});

test('helpline workspace imap connects the mailbox with the password from a variable, never printed', async (t) => {
  const dir = tempDir(t);
  const env = { DATABASE_URL: await durableDatabaseUrl(t, dir), LOG_LEVEL: 'silent', IMAP_SECRET: 'cli-secret-1' };
  const cli = async (args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(args, env, { out: (l) => out.push(l), err: (l) => err.push(l) });
    return { code, stdout: out.join('\n'), stderr: err.join('\n') };
  };
  const ws = JSON.parse((await cli(['workspace', 'create', '--name', 'Acme'])).stdout);
  const base = ['workspace', 'imap', '--workspace', ws.workspace_id, '--host', 'imap.acme.test', '--user', 'support'];
  const noAddress = await cli([...base, '--password-env', 'IMAP_SECRET']);
  assert.equal(noAddress.code, 1);
  assert.match(noAddress.stderr, /no support address/);
  const unset = await cli([...base, '--password-env', 'NOT_SET', '--address', SUPPORT]);
  assert.equal(unset.code, 2);
  assert.match(unset.stderr, /NOT_SET is not set/);
  const badPort = await cli([...base, '--password-env', 'IMAP_SECRET', '--port', '99999']);
  assert.equal(badPort.code, 2);

  const created = await cli([
    ...base,
    '--password-env',
    'IMAP_SECRET',
    '--address',
    SUPPORT,
    '--tls',
    '--mailbox',
    'Support',
    '--display-name',
    'Acme Support',
  ]);
  assert.equal(created.code, 0, created.stderr);
  assert.ok(!created.stdout.includes('cli-secret-1'));
  const mailbox = JSON.parse(created.stdout);
  assert.equal(mailbox.address, SUPPORT);
  assert.equal(mailbox.port, 993);
  assert.equal(mailbox.folder, 'Support');
  assert.equal(mailbox.display_name, 'Acme Support');
  assert.equal(mailbox.enabled, true);

  const changed = await cli([...base, '--port', '1143', '--disabled']);
  assert.equal(changed.code, 0, changed.stderr);
  const updated = JSON.parse(changed.stdout);
  assert.equal(updated.id, mailbox.id);
  assert.equal(updated.port, 1143);
  assert.equal(updated.enabled, false);
  assert.equal(updated.tls, false);
});
