import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import type { Api } from '../helpers/build.js';
import { build } from '../helpers/build.js';

async function createKb(api: Api, fields: Record<string, unknown> = {}) {
  const res = await api.post('/knowledge-bases', { title: 'Help center', ...fields });
  assert.equal(res.status, 200, res.text);
  return res.body.data;
}

async function createCollection(api: Api, kbId: string, fields: Record<string, unknown> = {}) {
  const res = await api.post(`/knowledge-bases/${kbId}/collections`, { title: 'Getting started', ...fields });
  assert.equal(res.status, 200, res.text);
  return res.body.data;
}

test('POST /knowledge-bases creates a knowledge base readable by id and listed, with an event', async (t) => {
  const { api, app, workspaceId } = await build(t);
  const kb = await createKb(api, { title: ' Help Center! ', supported_languages: ['fr', 'en'] });
  assert.deepEqual(
    { ...kb, id: undefined },
    {
      id: undefined,
      title: 'Help Center!',
      slug: 'help-center',
      default_language: 'en',
      supported_languages: ['en', 'fr'],
    },
  );
  assert.deepEqual((await api.get(`/knowledge-bases/${kb.id}`)).body.data, kb);
  const list = await api.get('/knowledge-bases');
  assert.deepEqual(list.body.data, [kb]);
  assert.deepEqual(list.body.pagination, { cursor: '', has_next_page: false });
  const events = await app.helpline.store.db
    .selectFrom('events')
    .select('type')
    .where('workspace_id', '=', workspaceId)
    .where('type', '=', 'knowledge_base.created')
    .execute();
  assert.equal(events.length, 1);
});

test('POST /knowledge-bases: slug unique per workspace (duplicate with exists_id), 400s, admin only', async (t) => {
  const { api, member, otherWorkspace } = await build(t);
  const kb = await createKb(api, { slug: 'docs' });
  const dup = await api.post('/knowledge-bases', { title: 'Other', slug: 'docs' });
  assert.equal(dup.status, 400, dup.text);
  assert.equal(dup.body.exists_id, kb.id);
  const other = await otherWorkspace();
  assert.equal((await other.api.post('/knowledge-bases', { title: 'x', slug: 'docs' })).status, 200);
  for (const body of [
    {},
    { title: '  ' },
    { title: 'x', slug: 'Not A Slug' },
    { title: 'x', default_language: 'english' },
  ])
    assert.equal((await api.post('/knowledge-bases', body)).status, 400, JSON.stringify(body));
  const { api: memberApi } = await member();
  assert.equal((await memberApi.post('/knowledge-bases', { title: 'Nope' })).status, 403);
  assert.equal((await memberApi.get(`/knowledge-bases/${kb.id}`)).status, 200, 'members read knowledge bases');
});

test('knowledge bases of another workspace are not found and not listed', async (t) => {
  const { api, otherWorkspace } = await build(t);
  const kb = await createKb(api);
  const collection = await createCollection(api, kb.id);
  const { api: other } = await otherWorkspace();
  assert.equal((await other.get(`/knowledge-bases/${kb.id}`)).status, 404);
  assert.deepEqual((await other.get('/knowledge-bases')).body.data, []);
  assert.equal((await other.get(`/knowledge-bases/${kb.id}/collections`)).status, 404);
  assert.equal((await other.get(`/knowledge-bases/${kb.id}/collections/${collection.id}`)).status, 404);
  assert.equal(
    (await other.patch(`/knowledge-bases/${kb.id}/collections/${collection.id}`, { title: 'x' })).status,
    404,
  );
  assert.equal((await other.delete(`/knowledge-bases/${kb.id}/collections/${collection.id}`)).status, 404);
  assert.equal((await api.get(`/knowledge-bases/${kb.id}/collections/${collection.id}`)).status, 200, 'still there');
  assert.equal((await api.get('/knowledge-bases/nope')).status, 404);
});

test('collections: create → read → update → list → delete', async (t) => {
  const { api, member } = await build(t);
  const kb = await createKb(api);
  const { api: memberApi } = await member();
  const res = await memberApi.post(`/knowledge-bases/${kb.id}/collections`, {
    title: 'Billing & Plans',
    description: 'Money',
  });
  assert.equal(res.status, 200, res.text);
  const collection = res.body.data;
  assert.equal(collection.slug, 'billing-plans');
  assert.equal(collection.description, 'Money');
  assert.equal(collection.parent_collection_id, undefined);
  assert.deepEqual((await api.get(`/knowledge-bases/${kb.id}/collections/${collection.id}`)).body.data, collection);
  const patched = await memberApi.patch(`/knowledge-bases/${kb.id}/collections/${collection.id}`, {
    title: 'Billing',
    slug: 'billing',
    visibility_config: { visibility: 'customer', ai_agent_access: 'none' },
  });
  assert.equal(patched.status, 200, patched.text);
  assert.equal(patched.body.data.title, 'Billing');
  assert.equal(patched.body.data.description, 'Money', 'fields not given stay');
  assert.deepEqual(patched.body.data.visibility_config, { visibility: 'customer', ai_agent_access: 'none' });
  assert.deepEqual((await api.get(`/knowledge-bases/${kb.id}/collections`)).body.data, [patched.body.data]);
  assert.equal((await memberApi.delete(`/knowledge-bases/${kb.id}/collections/${collection.id}`)).status, 200);
  assert.equal((await api.get(`/knowledge-bases/${kb.id}/collections/${collection.id}`)).status, 404);
  assert.equal((await api.delete(`/knowledge-bases/${kb.id}/collections/${collection.id}`)).status, 404);
});

test('collections: 400 and 404 rules', async (t) => {
  const { api } = await build(t);
  const kb = await createKb(api);
  const otherKb = await createKb(api, { slug: 'other' });
  const foreign = await createCollection(api, otherKb.id);
  const path = `/knowledge-bases/${kb.id}/collections`;
  assert.equal((await api.post(path, {})).status, 400);
  assert.equal((await api.post(path, { title: ' ' })).status, 400);
  assert.equal((await api.post(path, { title: 'x', slug: 'a b' })).status, 400);
  assert.equal((await api.post(path, { title: 'x', parent_collection_id: foreign.id })).status, 404);
  assert.equal((await api.post('/knowledge-bases/nope/collections', { title: 'x' })).status, 404);
  assert.equal((await api.get(`${path}/${foreign.id}`)).status, 404, 'a collection of another knowledge base');
  const c = await createCollection(api, kb.id);
  const bad = { visibility_config: { ai_agent_access: 'specific_agents' } };
  assert.equal((await api.patch(`${path}/${c.id}`, bad)).status, 400);
  assert.equal((await api.patch(`${path}/${c.id}`, { visibility_config: { visibility: 'secret' } })).status, 400);
});

test('deleting a collection deletes nested collections and all their articles, and their redirects', async (t) => {
  const { api, app, userId } = await build(t);
  const kb = await createKb(api);
  const top = await createCollection(api, kb.id, { title: 'Top' });
  const nested = await createCollection(api, kb.id, { title: 'Nested', parent_collection_id: top.id });
  const deep = await createCollection(api, kb.id, { title: 'Deep', parent_collection_id: nested.id });
  const kept = await createCollection(api, kb.id, { title: 'Kept' });
  const article = async (collectionId: string, word: string) =>
    (
      await api.post(`/knowledge-bases/${kb.id}/articles`, {
        title: `About ${word}`,
        body_html: `<p>${word}</p>`,
        author_user_id: userId,
        collection_id: collectionId,
      })
    ).body.data;
  const inDeep = await article(deep.id, 'zebrafish');
  const inKept = await article(kept.id, 'kangaroo');
  const redirect = await api.post(`/knowledge-bases/${kb.id}/route-redirects`, {
    from_path: '/old/deep',
    object_type: 'collection',
    object_id: deep.id,
  });
  assert.equal(redirect.status, 200, redirect.text);
  assert.equal((await api.delete(`/knowledge-bases/${kb.id}/collections/${top.id}`)).status, 200);
  for (const id of [top.id, nested.id, deep.id])
    assert.equal((await api.get(`/knowledge-bases/${kb.id}/collections/${id}`)).status, 404);
  assert.equal((await api.get(`/knowledge-bases/${kb.id}/articles/${inDeep.id}`)).status, 404);
  assert.equal((await api.get(`/knowledge-bases/${kb.id}/articles/${inKept.id}`)).status, 200);
  const db = app.helpline.store.db;
  const docs = await sql<{ owner_id: string }>`select owner_id from search_documents where kind = 'article'`.execute(
    db,
  );
  assert.deepEqual(
    docs.rows.map((d) => d.owner_id),
    [inKept.id],
    'the deleted article left the index',
  );
  assert.equal((await db.selectFrom('kb_route_redirects').selectAll().execute()).length, 0);
  const again = await api.post(`/knowledge-bases/${kb.id}/route-redirects`, {
    from_path: '/old/deep',
    object_type: 'article',
    object_id: inKept.id,
  });
  assert.equal(again.status, 200, 'the path is free again');
});

test('POST /knowledge-bases/{id}/route-redirects: created, duplicate path, 400 and 404 rules', async (t) => {
  const { api, userId, otherWorkspace } = await build(t);
  const kb = await createKb(api, { supported_languages: ['de'] });
  const art = (
    await api.post(`/knowledge-bases/${kb.id}/articles`, { title: 'A', body_html: '<p>a</p>', author_user_id: userId })
  ).body.data;
  const path = `/knowledge-bases/${kb.id}/route-redirects`;
  const res = await api.post(path, { from_path: '/articles/123-old', object_type: 'article', object_id: art.id });
  assert.equal(res.status, 200, res.text);
  assert.equal(res.body.data.language, 'en');
  assert.equal(res.body.data.object_id, art.id);
  assert.equal(res.body.data.from_path, '/articles/123-old');
  const dup = await api.post(path, { from_path: '/articles/123-old', object_type: 'article', object_id: art.id });
  assert.equal(dup.status, 400);
  assert.equal(dup.body.exists_id, res.body.data.id);
  const de = { from_path: '/articles/123-old', object_type: 'article', object_id: art.id, language: 'de' };
  assert.equal((await api.post(path, de)).status, 200, 'another language, another redirect');
  for (const body of [
    { from_path: '/x', object_type: 'issue', object_id: art.id },
    { from_path: 'no-slash', object_type: 'article', object_id: art.id },
    { from_path: '/x', object_type: 'article', object_id: art.id, language: 'fr' },
    { object_type: 'article', object_id: art.id },
  ])
    assert.equal((await api.post(path, body)).status, 400, JSON.stringify(body));
  assert.equal((await api.post(path, { from_path: '/x', object_type: 'collection', object_id: art.id })).status, 404);
  const { api: other } = await otherWorkspace();
  assert.equal((await other.post(path, { from_path: '/y', object_type: 'article', object_id: art.id })).status, 404);
});
