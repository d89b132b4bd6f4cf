import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { build, type Api } from '../helpers/build.js';
import { durableDatabaseUrl, TEST_DIALECT } from '../helpers/database.js';
import { createIssue, postNote, postReply } from '../helpers/factories.js';
import { findInFiles } from '../helpers/files.js';
import { tempDir } from '../helpers/process.js';

const ENV = { RATE_LIMIT_MULTIPLIER: '100' };

async function textSearch(api: Api, searchText: string, filter?: unknown): Promise<string[]> {
  const res = await api.post('/issues/search', { search_text: searchText, filter });
  assert.equal(res.status, 200, res.text);
  return res.body.data.map((issue: { id: string }) => issue.id);
}

test('search_text: every word of the title or of any message, the last also as a prefix', async (t) => {
  const { api } = await build(t, { env: ENV });
  const sso = await createIssue(api, {
    title: 'Login fails on SSO',
    body_html: '<p>Okta returns an <strong>error</strong></p>',
  });
  const invoice = await createIssue(api, { title: 'Invoice question', body_html: '<p>Where is my receipt?</p>' });
  await postNote(api, invoice.id, { body_html: '<p>Escalated to finance, ticket Zebrafish-42</p>' });
  await postReply(api, sso.id, { body_html: '<p>Please try the Ünïcode path</p>' });

  assert.deepEqual(await textSearch(api, 'login'), [sso.id], 'a word of the title');
  assert.deepEqual(await textSearch(api, 'receipt'), [invoice.id], 'a word of the first message');
  assert.deepEqual(await textSearch(api, 'zebrafish'), [invoice.id], 'a word of an internal note');
  assert.deepEqual(await textSearch(api, 'ünïcode'), [sso.id], 'a word of a reply, letters beyond ASCII');
  assert.deepEqual(await textSearch(api, 'Fin'), [invoice.id], 'the start of a word, any case');
  assert.deepEqual(await textSearch(api, 'okta error'), [sso.id], 'every word');
  assert.deepEqual(await textSearch(api, 'okta receipt'), [], 'every word, not any');
  assert.deepEqual(await textSearch(api, 'strong'), [], 'HTML tags are not text');
  assert.deepEqual(await textSearch(api, 'login', { field: 'state', operator: 'equals', value: 'closed' }), []);
  assert.deepEqual((await textSearch(api, '  ')).length, 2, 'no words: no text condition');
});

test('search_text sees only the caller’s workspace', async (t) => {
  const { api, otherWorkspace } = await build(t, { env: ENV });
  await createIssue(api, { title: 'Quarterly reconciliation' });
  const other = await otherWorkspace();
  assert.deepEqual(await textSearch(other.api, 'reconciliation'), []);
});

test('redacting or deleting a message takes its words out of the index', async (t) => {
  const { api } = await build(t, { env: ENV });
  const issue = await createIssue(api, { title: 'Card problem' });
  const note = await postNote(api, issue.id, { body_html: '<p>Card number wombat7731</p>' });
  const other = await postNote(api, issue.id, { body_html: '<p>Passport platypus9912</p>' });
  assert.deepEqual(await textSearch(api, 'wombat7731'), [issue.id]);
  assert.equal((await api.post(`/issues/${issue.id}/messages/${note.id}/redact`)).status, 200);
  assert.deepEqual(await textSearch(api, 'wombat7731'), []);
  assert.deepEqual(await textSearch(api, 'redacted'), [issue.id], 'the placeholder is what the index holds now');
  assert.deepEqual(await textSearch(api, 'platypus9912'), [issue.id]);
  assert.equal((await api.delete(`/issues/${issue.id}/messages/${other.id}`)).status, 200);
  assert.deepEqual(await textSearch(api, 'platypus9912'), []);
  assert.equal((await api.delete(`/issues/${issue.id}`)).status, 200);
  assert.deepEqual(await textSearch(api, 'card'), [], 'a deleted issue leaves the index with its messages');
});

test('SQLite: a redacted word is in no byte of the database files, the full-text index included', async (t) => {
  if (TEST_DIALECT !== 'sqlite') return t.skip('PostgreSQL keeps its index in the server’s files (README)');
  const dir = tempDir(t);
  const { api } = await build(t, { env: { ...ENV, DATABASE_URL: await durableDatabaseUrl(t, dir) } });
  // One token of a shape no other word shares a prefix with, so the index stores it whole.
  const word = `qjx${randomBytes(12).toString('hex')}`;
  const issue = await createIssue(api, { title: 'Private' });
  const note = await postNote(api, issue.id, { body_html: `<p>${word}</p>` });
  assert.deepEqual(await textSearch(api, word), [issue.id]);
  assert.ok(findInFiles(dir, [word]).length > 0, 'the word is in the files before the redaction');
  assert.equal((await api.post(`/issues/${issue.id}/messages/${note.id}/redact`)).status, 200);
  assert.deepEqual(findInFiles(dir, [word]), [], 'no byte of the word remains, in the table or its index');
});
