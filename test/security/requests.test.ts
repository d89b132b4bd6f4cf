import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { connect, createServer, type Socket } from 'node:net';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseConfig } from '../../src/config.js';
import { buildApp } from '../../src/app.js';
import { createWorkspace } from '../../src/features/workspaces/workspace.service.js';
import { build } from '../helpers/build.js';
import { freshPostgresUrl, TEST_DIALECT } from '../helpers/database.js';
import { createIssue } from '../helpers/factories.js';
import { runCli, startServer, tempDir } from '../helpers/process.js';

/** Sends raw bytes to a server and resolves with everything it answers before closing. */
function rawRequest(port: number, payload: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(payload));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });
}

test('a token in the query string is never written to the logs', async (t) => {
  const dir = tempDir(t);
  const secret = 'query-token-test-0123456789abcdef';
  const server = await startServer(t, {
    DATABASE_URL: `sqlite:${join(dir, 'data/helpline.db')}`,
    BOOTSTRAP_API_TOKEN: secret,
    LOG_LEVEL: 'info',
  });
  await fetch(`${server.baseUrl}/me?api_token=${secret}&token=${secret}&page=2`);
  await fetch(`${server.baseUrl}/issues/1/messages?access_token=${secret}`);
  await new Promise((resolve) => setTimeout(resolve, 200));
  const logs = server.output();
  assert.match(logs, /\/me\?api_token=\[hidden\]&token=\[hidden\]&page=2/, 'the request is logged, without it');
  assert.ok(!logs.includes(secret), 'the token appears nowhere in the logs');
});

test('titles are made one line, trimmed and capped; tags are counted and capped, with clear 400s', async (t) => {
  const { api } = await build(t);
  const issue = await createIssue(api, { title: '  Cannot\nlog\tin\u0007  ' });
  assert.equal(issue.title, 'Cannot log in');
  const long = await api.post('/issues', { title: 'x'.repeat(501), body_html: 'b', requester_email: 'a@b.co' });
  assert.equal(long.status, 400);
  assert.match(long.body.errors[0], /title must be at most 500 characters/);
  assert.equal((await api.post('/issues', { title: '\n\t', body_html: 'b', requester_email: 'a@b.co' })).status, 400);
  const many = await api.post('/issues', {
    title: 'Tags',
    body_html: 'b',
    requester_email: 'a@b.co',
    tags: Array.from({ length: 51 }, (_, i) => `tag-${i}`),
  });
  assert.equal(many.status, 400);
  assert.match(many.body.errors[0], /at most 50 tags/);
  const longTag = await api.patch(`/issues/${issue.id}`, { tags: ['y'.repeat(101)] });
  assert.equal(longTag.status, 400);
  assert.match(longTag.body.errors[0], /at most 100 characters/);
  assert.equal((await api.patch(`/issues/${issue.id}`, { title: 'z'.repeat(501) })).status, 400);
  const fine = await api.patch(`/issues/${issue.id}`, { title: 'Fixed\ttitle', tags: [' a ', 'a', 'b'] });
  assert.equal(fine.status, 200);
  assert.equal(fine.body.data.title, 'Fixed title');
  assert.deepEqual(fine.body.data.tags, ['a', 'b']);
});

test('limit accepts decimal digits only', async (t) => {
  const { api } = await build(t);
  const issue = await createIssue(api);
  for (const limit of ['1e2', '0x10', '+5', '5.0', ' 5', '-1', '']) {
    const res = await api.get(`/issues/${issue.id}/messages?limit=${encodeURIComponent(limit)}`);
    assert.equal(res.status, 400, `limit=${JSON.stringify(limit)}`);
    assert.match(res.body.errors[0], /limit must be a whole number/);
  }
  assert.equal((await api.get(`/issues/${issue.id}/messages?limit=10`)).status, 200);
});

test('oversized headers and malformed HTTP are answered in the error envelope', async (t) => {
  const { app } = await build(t);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = (app.server.address() as { port: number }).port;
  const huge = await rawRequest(port, `GET /me HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
  assert.match(huge, /^HTTP\/1\.1 431 /);
  const body = JSON.parse(huge.slice(huge.indexOf('\r\n\r\n') + 4));
  assert.deepEqual(body.errors, ['The request headers are too large']);
  assert.match(huge, new RegExp(`X-Request-Id: ${body.request_id}`));
  const garbage = await rawRequest(port, 'NOT HTTP AT ALL\r\n\r\n');
  assert.match(garbage, /^HTTP\/1\.1 400 /);
  assert.ok(JSON.parse(garbage.slice(garbage.indexOf('\r\n\r\n') + 4)).errors.length === 1);
});

test('a JSON body declaring a charset other than UTF-8 gets 415', async (t) => {
  const { api } = await build(t);
  const body = JSON.stringify({ title: 'Charset', body_html: 'b', requester_email: 'c@d.co' });
  for (const charset of ['latin1', 'ISO-8859-1', 'utf-16']) {
    const res = await api.request('POST', '/issues', {
      raw: body,
      headers: { 'content-type': `application/json; charset=${charset}` },
    });
    assert.equal(res.status, 415, charset);
    assert.match(res.body.errors[0], /UTF-8/);
  }
  for (const charset of ['utf-8', 'UTF8', '"utf-8"']) {
    const res = await api.request('POST', '/issues', {
      raw: body,
      headers: { 'content-type': `application/json; charset=${charset}` },
    });
    assert.equal(res.status, 200, charset);
  }
});

test('/docs and every HTML answer carry a Content-Security-Policy', async (t) => {
  const { app } = await build(t);
  for (const url of ['/docs/', '/docs/static/index.html']) {
    const res = await app.inject({ method: 'GET', url });
    if (res.statusCode !== 200) continue;
    assert.match(String(res.headers['content-type']), /text\/html/);
    assert.ok(res.headers['content-security-policy'], `${url} has a policy`);
  }
  const docs = await app.inject({ method: 'GET', url: '/docs/' });
  assert.equal(docs.statusCode, 200);
  assert.ok(docs.headers['content-security-policy']);
});

test('a DATABASE_URL whose folder cannot be created fails at start with one message naming it', async (t) => {
  const dir = tempDir(t);
  const file = join(dir, 'not-a-folder');
  writeFileSync(file, 'x');
  const result = await runCli(['migrate'], { DATABASE_URL: `sqlite:${join(file, 'data/helpline.db')}` });
  assert.equal(result.code, 1);
  assert.match(result.stderr, /DATABASE_URL: cannot create or open the database at .*not-a-folder/);
  assert.ok(!/\n\s+at /.test(result.stderr), 'no stack trace');
});

/** A TCP proxy in front of PostgreSQL that can be cut and restored, to make the database unreachable. */
async function startCuttableProxy(target: { host: string; port: number }) {
  const sockets = new Set<Socket>();
  let open = true;
  const server = createServer((client) => {
    if (!open) return client.destroy();
    const upstream = connect(target.port, target.host);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => undefined);
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as { port: number }).port,
    cut() {
      open = false;
      for (const s of sockets) s.destroy();
    },
    restore() {
      open = true;
    },
    close() {
      for (const s of sockets) s.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

test(
  'the database being unreachable answers 503 in the envelope, and the server recovers by itself',
  {
    skip: TEST_DIALECT !== 'postgres' && 'a network database only (PostgreSQL)',
  },
  async (t) => {
    const { url } = await freshPostgresUrl(t);
    const target = new URL(url);
    const proxy = await startCuttableProxy({ host: target.hostname, port: Number(target.port || 5432) });
    t.after(() => proxy.close());
    target.host = `127.0.0.1:${proxy.port}`;
    const app = await buildApp(parseConfig({ DATABASE_URL: target.toString(), LOG_LEVEL: 'silent' }));
    t.after(() => app.close());
    const { token } = await app.store.db.transaction().execute((trx) => createWorkspace(trx, { name: 'Down' }));
    const headers = { authorization: `Bearer ${token}` };
    const ok = await app.inject({ method: 'GET', url: '/users', headers });
    assert.equal(ok.statusCode, 200);

    proxy.cut();
    // A token not seen before must be looked up in the database.
    const down = await app.inject({ method: 'GET', url: '/users', headers: { authorization: 'Bearer unknown-token' } });
    assert.equal(down.statusCode, 503, down.body);
    assert.deepEqual(JSON.parse(down.body).errors, ['The database does not answer; retry shortly']);

    proxy.restore();
    let status = 0;
    for (let i = 0; i < 50 && status !== 200; i++) {
      status = (await app.inject({ method: 'GET', url: '/users', headers })).statusCode;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.equal(status, 200, 'answers again once the database is back');
  },
);
