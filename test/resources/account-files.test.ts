import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { test, type TestContext } from 'node:test';
import { build } from '../helpers/build.js';
import { findInFiles } from '../helpers/files.js';
import { createAccount, createIssue, postForm } from '../helpers/factories.js';
import { tempDir } from '../helpers/process.js';

const pdf = (marker: string) => Buffer.from(`%PDF-1.4\n${marker}\n%%EOF\n`, 'latin1');

async function buildWithFolder(t: TestContext, env: Record<string, string> = {}) {
  const dir = tempDir(t);
  return { ...(await build(t, { env: { ATTACHMENT_DIR: dir, ...env } })), dir };
}

const filesIn = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true }).flatMap((e) => (e.isFile() ? [e.name] : []));

test('POST /accounts/{id}/files stores the file for the account, by id or external id', async (t) => {
  const { app, api, dir } = await buildWithFolder(t);
  const account = await createAccount(api, { external_ids: [{ external_id: 'crm-7', label: 'CRM' }] });
  for (const id of [account.id, 'crm-7']) {
    const marker = `ACCOUNT-FILE-${randomUUID()}`;
    const res = await postForm(api, `/accounts/${id}/files`, {
      file: { filename: 'contract.pdf', content: pdf(marker), type: 'application/x-msdownload' },
    });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.body.data.length, 1);
    const [file] = res.body.data;
    assert.equal(file.name, 'contract.pdf');
    assert.match(file.url, new RegExp(`/attachments/${file.id}/contract\\.pdf$`));
    assert.equal(findInFiles(dir, [marker]).length, 1);

    const row = await app.helpline.store.db
      .selectFrom('attachments')
      .selectAll()
      .where('id', '=', file.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.account_id, account.id);
    assert.equal(row.message_id, null);
    assert.equal(row.content_type, 'application/pdf');

    const download = await app.inject({ method: 'GET', url: new URL(file.url).pathname });
    assert.equal(download.statusCode, 200);
    assert.deepEqual(download.rawPayload, pdf(marker));
    assert.equal(download.headers['content-disposition'], "attachment; filename*=UTF-8''contract.pdf");
    assert.equal(download.headers['x-content-type-options'], 'nosniff');
  }
});

test("an account's file is the account's: attaching it to a message → 400", async (t) => {
  const { api } = await buildWithFolder(t);
  const account = await createAccount(api);
  const res = await postForm(api, `/accounts/${account.id}/files`, {
    file: { filename: 'a.pdf', content: pdf('a') },
  });
  const issue = await createIssue(api);
  const note = await api.post(`/issues/${issue.id}/note`, { body_html: 'x', attachment_urls: [res.body.data[0].url] });
  assert.equal(note.status, 400);
});

test('POST /accounts/{id}/files: unknown account → 404, no file → 400, too large → 413; nothing kept', async (t) => {
  const { api, dir } = await buildWithFolder(t, { ATTACHMENT_MAX_BYTES: '100' });
  const unknown = await postForm(api, '/accounts/no-such-account/files', {
    file: { filename: 'a.pdf', content: pdf('x') },
  });
  assert.equal(unknown.status, 404);
  const account = await createAccount(api);
  assert.equal((await postForm(api, `/accounts/${account.id}/files`, { description: 'no file' })).status, 400);
  const big = await postForm(api, `/accounts/${account.id}/files`, {
    file: { filename: 'big.bin', content: Buffer.alloc(101) },
  });
  assert.equal(big.status, 413);
  assert.deepEqual(filesIn(dir), []);
});

test("POST /accounts/{id}/files: another workspace's account → 404; no token → 401", async (t) => {
  const { api, otherWorkspace, dir } = await buildWithFolder(t);
  const account = await createAccount(api);
  const other = await otherWorkspace();
  const file = { filename: 'a.txt', content: Buffer.from('hello') };
  assert.equal((await postForm(other.api, `/accounts/${account.id}/files`, { file })).status, 404);
  assert.equal((await postForm(api, `/accounts/${account.id}/files`, { file }, null)).status, 401);
  assert.deepEqual(filesIn(dir), []);
});

test("merging moves an account's files to the survivor; deleting an account deletes its files", async (t) => {
  const { app, api, dir } = await buildWithFolder(t);
  const [kept, merged] = [await createAccount(api, { name: 'Kept' }), await createAccount(api, { name: 'Merged' })];
  const marker = `MERGED-FILE-${randomUUID()}`;
  const upload = await postForm(api, `/accounts/${merged.id}/files`, {
    file: { filename: 'plan.pdf', content: pdf(marker), type: 'application/pdf' },
  });
  assert.equal(upload.status, 200, upload.text);
  const fileId = upload.body.data[0].id;
  const ownerOf = async () =>
    (
      await app.helpline.store.db
        .selectFrom('attachments')
        .select('account_id')
        .where('id', '=', fileId)
        .executeTakeFirst()
    )?.account_id;
  const merge = await api.post('/accounts/merge', { merge_into_account_id: kept.id, merge_account_ids: [merged.id] });
  assert.equal(merge.status, 200, merge.text);
  assert.equal(await ownerOf(), kept.id);
  assert.equal(findInFiles(dir, [marker]).length, 1);

  assert.equal((await api.delete(`/accounts/${kept.id}`)).status, 200);
  assert.equal(await ownerOf(), undefined);
  assert.deepEqual(findInFiles(dir, [marker]), [], 'no byte of the deleted account’s file remains');
});
