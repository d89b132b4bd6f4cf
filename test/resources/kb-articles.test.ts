import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Api } from '../helpers/build.js';
import { build } from '../helpers/build.js';
import { searchArticles } from '../../src/features/kb-articles/article.search.js';

async function createKb(api: Api, fields: Record<string, unknown> = {}) {
  const res = await api.post('/knowledge-bases', { title: 'Help center', ...fields });
  assert.equal(res.status, 200, res.text);
  return res.body.data;
}

test('articles: create (sanitized) → read → update (draft, then published) → list → delete', async (t) => {
  const { api, app, member, workspaceId } = await build(t);
  const kb = await createKb(api);
  const { api: memberApi, userId } = await member();
  const path = `/knowledge-bases/${kb.id}/articles`;
  const res = await memberApi.post(path, {
    title: 'Reset your password',
    body_html: '<p>Click <b>Forgot</b><script>alert(1)</script></p>',
    author_user_id: userId,
    is_published: true,
  });
  assert.equal(res.status, 200, res.text);
  const article = res.body.data;
  assert.equal(article.slug, 'reset-your-password');
  assert.match(article.identifier, /^\d{10}$/);
  assert.ok(article.url.endsWith(`/kb/help-center/articles/${article.identifier}-reset-your-password`));
  assert.equal(article.current_draft_content_html, '<p>Click <b>Forgot</b></p>');
  assert.equal(article.current_published_content_html, '<p>Click <b>Forgot</b></p>');
  assert.equal(article.is_published, true);
  assert.ok(article.last_published_at);
  assert.deepEqual((await api.get(`${path}/${article.id}`)).body.data, article);

  const draft = await memberApi.patch(`${path}/${article.id}`, { body_html: '<p>New steps</p>', is_unlisted: true });
  assert.equal(draft.status, 200, draft.text);
  assert.equal(draft.body.data.current_draft_content_html, '<p>New steps</p>');
  assert.equal(draft.body.data.current_published_content_html, '<p>Click <b>Forgot</b></p>', 'edits stay draft');
  assert.equal(draft.body.data.is_unlisted, true);
  const published = await memberApi.patch(`${path}/${article.id}`, { publish_updated_body_html: true, title: 'Reset' });
  assert.equal(published.body.data.current_published_content_html, '<p>New steps</p>');
  assert.equal(published.body.data.title, 'Reset');
  const list = await api.get(path);
  assert.deepEqual(list.body.data, [published.body.data]);
  assert.equal(list.body.pagination.has_next_page, false);

  const found = await searchArticles(app.helpline.store.db, workspaceId, 'new ste', 5);
  assert.deepEqual(
    found.map((a) => a.id),
    [article.id],
  );
  assert.deepEqual(await searchArticles(app.helpline.store.db, workspaceId, 'forgot', 5), [], 'old text left');

  assert.equal((await memberApi.delete(`${path}/${article.id}`)).status, 200);
  assert.equal((await api.get(`${path}/${article.id}`)).status, 404);
  assert.deepEqual(await searchArticles(app.helpline.store.db, workspaceId, 'steps', 5), []);
  const events = await app.helpline.store.db
    .selectFrom('events')
    .select('type')
    .where('workspace_id', '=', workspaceId)
    .where('type', 'like', 'article.%')
    .orderBy('id')
    .execute();
  assert.deepEqual(
    events.map((e) => e.type),
    ['article.created', 'article.updated', 'article.updated', 'article.deleted'],
  );
});

test('searchArticles answers published articles only, best match first, in the workspace', async (t) => {
  const { api, app, userId, workspaceId, otherWorkspace } = await build(t);
  const kb = await createKb(api);
  const post = async (title: string, body: string, isPublished = true) =>
    (
      await api.post(`/knowledge-bases/${kb.id}/articles`, {
        title,
        body_html: body,
        author_user_id: userId,
        is_published: isPublished,
      })
    ).body.data;
  const weak = await post('Account settings', '<p>Change your invoice address here.</p>');
  const strong = await post('Invoices', '<p>Download an invoice from Billing.</p>');
  await post('Invoice drafts', '<p>invoice invoice</p>', false);
  const db = app.helpline.store.db;
  assert.deepEqual(
    (await searchArticles(db, workspaceId, 'invoice', 10)).map((a) => a.id),
    [strong.id, weak.id],
  );
  assert.deepEqual(
    (await searchArticles(db, workspaceId, 'invoice', 1)).map((a) => a.id),
    [strong.id],
  );
  assert.deepEqual(await searchArticles(db, workspaceId, 'download spaceship', 10), []);
  const other = await otherWorkspace();
  assert.deepEqual(await searchArticles(db, other.workspaceId, 'invoice', 10), []);
});

test('articles: translations, language on read and list, 400 and 404 rules', async (t) => {
  const { api, userId } = await build(t);
  const kb = await createKb(api, { supported_languages: ['fr', 'de'] });
  const path = `/knowledge-bases/${kb.id}/articles`;
  const base = { title: 'Hello', body_html: '<p>Hi</p>', author_user_id: userId };
  const res = await api.post(path, {
    ...base,
    translations: [{ language: 'fr', title: 'Bonjour', body_html: '<p>Salut</p>' }],
  });
  assert.equal(res.status, 200, res.text);
  const plain = (await api.post(path, base)).body.data;
  const fr = await api.get(`${path}/${res.body.data.id}?language=fr`);
  assert.equal(fr.body.data.title, 'Bonjour');
  assert.equal(fr.body.data.current_draft_content_html, '<p>Salut</p>');
  assert.equal((await api.get(`${path}/${plain.id}?language=fr`)).status, 404);
  assert.equal((await api.get(`${path}/${plain.id}?language=es`)).status, 400);
  assert.deepEqual(
    (await api.get(`${path}?language=fr`)).body.data.map((a: { id: string }) => a.id),
    [res.body.data.id],
  );
  const de = await api.patch(`${path}/${plain.id}`, { language: 'de', title: 'Hallo', body_html: '<p>Moin</p>' });
  assert.equal(de.status, 200, de.text);
  assert.equal(de.body.data.title, 'Hello', 'answered in the default language');
  assert.equal((await api.get(`${path}/${plain.id}?language=de`)).body.data.title, 'Hallo');
  assert.equal((await api.patch(`${path}/${plain.id}`, { language: 'fr', title: 'x' })).status, 400);

  for (const body of [
    { title: 'x', body_html: '<p>x</p>' },
    { ...base, title: ' ' },
    { ...base, body_html: '' },
    { ...base, slug: 'Bad Slug' },
    { ...base, translations: [{ language: 'es', title: 'Hola', body_html: '<p>x</p>' }] },
    { ...base, translations: [{ language: 'en', title: 'Hi', body_html: '<p>x</p>' }] },
    { ...base, visibility_config: { ai_agent_access: 'specific_agents' } },
  ])
    assert.equal((await api.post(path, body)).status, 400, JSON.stringify(body));
  assert.equal((await api.post(path, { ...base, author_user_id: 'nobody' })).status, 404);
  assert.equal((await api.post(path, { ...base, collection_id: 'nope' })).status, 404);
  assert.equal((await api.post('/knowledge-bases/nope/articles', base)).status, 404);
  assert.equal((await api.get(`${path}?limit=1000`)).status, 400);
  assert.equal((await api.patch(`${path}/nope`, { title: 'x' })).status, 404);
  assert.equal((await api.patch(`${path}/${plain.id}`, { tag_ids: ['nope'] })).status, 400);
});

test('articles: tags, paging, another workspace → 404', async (t) => {
  const { api, userId, otherWorkspace } = await build(t);
  const kb = await createKb(api);
  const path = `/knowledge-bases/${kb.id}/articles`;
  const ids: string[] = [];
  for (const title of ['One', 'Two', 'Three'])
    ids.push((await api.post(path, { title, body_html: '<p>x</p>', author_user_id: userId })).body.data.id);
  const tag = (await api.post('/tags', { value: 'howto', object_type: 'article' })).body.data;
  const tagged = await api.patch(`${path}/${ids[0]}`, { tag_ids: [tag.id] });
  assert.deepEqual(tagged.body.data.tags, [tag]);
  const first = await api.get(`${path}?limit=2`);
  assert.equal(first.body.pagination.has_next_page, true);
  const second = await api.get(`${path}?limit=2&cursor=${first.body.pagination.cursor}`);
  assert.deepEqual(
    [...first.body.data, ...second.body.data].map((a: { id: string }) => a.id),
    ids,
  );
  const { api: other } = await otherWorkspace();
  assert.equal((await other.get(`${path}/${ids[0]}`)).status, 404);
  assert.equal((await other.get(path)).status, 404);
  assert.equal((await other.patch(`${path}/${ids[0]}`, { title: 'x' })).status, 404);
  assert.equal((await other.delete(`${path}/${ids[0]}`)).status, 404);
  assert.equal((await other.post(`${path}/${ids[0]}/request-review`, { reviewer_user_ids: [] })).status, 400);
  assert.equal(
    (await other.post(`${path}/${ids[0]}/request-review`, { request_ai_review: false, reviewer_user_ids: ['u'] }))
      .status,
    404,
  );
  assert.equal((await api.get(`${path}/${ids[0]}`)).status, 200);
});

test('POST …/request-review: on the unpublished draft, reviewers of the workspace, AI review refused', async (t) => {
  const { api, userId, app, workspaceId } = await build(t);
  const kb = await createKb(api);
  const path = `/knowledge-bases/${kb.id}/articles`;
  const art = (await api.post(path, { title: 'A', body_html: '<p>a</p>', author_user_id: userId, is_published: true }))
    .body.data;
  const review = `${path}/${art.id}/request-review`;
  assert.equal((await api.post(review, { reviewer_user_ids: [userId] })).status, 400, 'nothing unpublished');
  await api.patch(`${path}/${art.id}`, { body_html: '<p>b</p>' });
  assert.equal((await api.post(review, {})).status, 400);
  assert.equal((await api.post(review, { reviewer_user_ids: ['nobody'] })).status, 400);
  assert.equal((await api.post(review, { request_ai_review: true })).status, 403);
  const res = await api.post(review, { reviewer_user_ids: [userId] });
  assert.equal(res.status, 200, res.text);
  assert.equal(res.body.data.approval_status, 'needs_review');
  assert.equal(res.body.data.article_id, art.id);
  assert.ok(res.body.data.article_version_id);
  const read = (await api.get(`${path}/${art.id}`)).body.data;
  assert.equal(read.approval_info.status, 'needs_review');
  const event = await app.helpline.store.db
    .selectFrom('events')
    .select('type')
    .where('workspace_id', '=', workspaceId)
    .where('type', '=', 'article.review_requested')
    .execute();
  assert.equal(event.length, 1);
  await api.patch(`${path}/${art.id}`, { body_html: '<p>c</p>' });
  assert.equal((await api.get(`${path}/${art.id}`)).body.data.approval_info, undefined, 'a new version, no review');
});
