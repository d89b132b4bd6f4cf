import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import SQLite from 'better-sqlite3';
import { durableDatabaseUrl, TEST_DIALECT } from './helpers/database.js';
import { runCli, startServer, tempDir } from './helpers/process.js';

const SECRET = 'backup-test-secret-0123456789';
const onlySqlite = TEST_DIALECT === 'sqlite' ? false : 'helpline backup and restore copy SQLite files';

async function api(baseUrl: string, method: string, path: string, body?: unknown) {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${SECRET}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as any };
}

const newIssue = (title: string) => ({ title, body_html: `<p>${title}</p>`, requester_email: 'ada@example.com' });

test('a backup taken while the server runs brings the data back as it was then', { skip: onlySqlite }, async (t) => {
  const dir = tempDir(t);
  const env = { DATABASE_URL: await durableDatabaseUrl(t, dir), BOOTSTRAP_API_TOKEN: SECRET };
  const server = await startServer(t, env);
  const kept = await api(server.baseUrl, 'POST', '/issues', newIssue('Kept as it was'));
  assert.equal(kept.status, 200);

  const backup = await runCli(['backup', '--to', join(dir, 'backups/before.db')], env);
  assert.equal(backup.code, 0, backup.stderr);
  const written = JSON.parse(backup.stdout);
  assert.equal(written.backup, join(dir, 'backups/before.db'));
  assert.ok(written.bytes > 0);
  assert.ok(written.migrations.includes('001-initial'));
  const again = await runCli(['backup', '--to', join(dir, 'backups/before.db')], env);
  assert.equal(again.code, 1);
  assert.match(again.stderr, /already exists/);

  const changed = await api(server.baseUrl, 'PATCH', `/issues/${kept.body.data.id}`, { title: 'Changed later' });
  assert.equal(changed.status, 200);
  const later = await api(server.baseUrl, 'POST', '/issues', newIssue('Created after the backup'));
  assert.equal(later.status, 200);

  const refused = await runCli(['restore', '--from', join(dir, 'backups/before.db')], env);
  assert.equal(refused.code, 1, 'a running server has the database open');
  assert.match(refused.stderr, /in use: stop every server/);

  server.child.kill('SIGTERM');
  assert.equal(await server.exited, 0);
  const restore = await runCli(['restore', '--from', join(dir, 'backups/before.db')], env);
  assert.equal(restore.code, 0, restore.stderr);
  const restored = JSON.parse(restore.stdout);
  assert.equal(restored.previous, join(dir, 'data/helpline.db.before-restore'));
  assert.ok(existsSync(restored.previous), 'the replaced database is kept');

  const restarted = await startServer(t, env);
  const read = await api(restarted.baseUrl, 'GET', `/issues/${kept.body.data.id}`);
  assert.equal(read.status, 200);
  assert.equal(read.body.data.title, 'Kept as it was');
  assert.equal((await api(restarted.baseUrl, 'GET', `/issues/${later.body.data.id}`)).status, 404);
});

test('a backup taken under a stream of writes is a sound database', { skip: onlySqlite }, async (t) => {
  const dir = tempDir(t);
  const env = { DATABASE_URL: await durableDatabaseUrl(t, dir), BOOTSTRAP_API_TOKEN: SECRET };
  const server = await startServer(t, { ...env, RATE_LIMIT_MULTIPLIER: '100' });
  const issue = await api(server.baseUrl, 'POST', '/issues', newIssue('Busy'));
  let writing = true;
  const writer = (async () => {
    let notes = 0;
    while (writing) {
      const note = await api(server.baseUrl, 'POST', `/issues/${issue.body.data.id}/note`, { body_html: `n${notes}` });
      assert.equal(note.status, 200);
      notes++;
    }
    return notes;
  })();
  const backup = await runCli(['backup', '--to', join(dir, 'busy.db')], env);
  writing = false;
  assert.ok((await writer) > 0);
  assert.equal(backup.code, 0, backup.stderr);
  const copy = new SQLite(join(dir, 'busy.db'), { readonly: true });
  t.after(() => copy.close());
  assert.equal(copy.pragma('integrity_check', { simple: true }), 'ok');
  assert.equal(copy.prepare('SELECT count(*) FROM issues').pluck().get(), 1);
});

test('restore refuses a file that is not a Helpline database it can run', { skip: onlySqlite }, async (t) => {
  const dir = tempDir(t);
  const env = { DATABASE_URL: await durableDatabaseUrl(t, dir) };
  assert.equal((await runCli(['migrate'], env)).code, 0);
  const refusals: [string, RegExp][] = [];

  writeFileSync(join(dir, 'notes.txt'), 'not a database at all, just some text long enough to have a header');
  refusals.push([join(dir, 'notes.txt'), /not a usable SQLite database/]);
  const other = new SQLite(join(dir, 'other.db'));
  other.exec('CREATE TABLE things (x)');
  other.close();
  refusals.push([join(dir, 'other.db'), /not Helpline's/]);
  assert.equal((await runCli(['backup', '--to', join(dir, 'future.db')], env)).code, 0);
  const future = new SQLite(join(dir, 'future.db'));
  future.prepare('INSERT INTO kysely_migration (name, timestamp) VALUES (?, ?)').run('999-future', 'now');
  future.close();
  refusals.push([join(dir, 'future.db'), /newer Helpline .*999-future/]);
  refusals.push([join(dir, 'missing.db'), /no file at/]);

  for (const [file, reason] of refusals) {
    const result = await runCli(['restore', '--from', file], env);
    assert.equal(result.code, 1, file);
    assert.match(result.stderr, reason);
    assert.equal(result.stdout, '');
  }
  assert.ok(!existsSync(join(dir, 'data/helpline.db.before-restore')), 'nothing was replaced');
  assert.equal((await runCli(['restore'], env)).code, 2, '--from is required');
});

test('on PostgreSQL, backup and restore point at pg_dump and pg_restore', async (t) => {
  if (TEST_DIALECT !== 'postgres') return t.skip('runs on the PostgreSQL run');
  const env = { DATABASE_URL: await durableDatabaseUrl(t, tempDir(t)) };
  const backup = await runCli(['backup', '--to', 'x.dump'], env);
  assert.equal(backup.code, 1);
  assert.match(backup.stderr, /SQLite databases only.*pg_dump/);
  const restore = await runCli(['restore', '--from', 'x.dump'], env);
  assert.equal(restore.code, 1);
  assert.match(restore.stderr, /SQLite databases only.*pg_restore/);
});
