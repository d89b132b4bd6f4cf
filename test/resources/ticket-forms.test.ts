import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seedDemoTicketForms } from '../../src/features/ticket-forms/demo-ticket-forms.js';
import { addTicketForm } from '../../src/features/ticket-forms/ticket-form.service.js';
import { build, type Built } from '../helpers/build.js';

/** Ticket forms are made in the product, not through the API: tests add them as the product does. */
async function addForm(built: Built, slug: string, isPublic = true) {
  const actor = { workspaceId: built.workspaceId, userId: built.userId, tokenId: 'test', role: 'admin' as const };
  return addTicketForm(built.app.helpline.store.db, actor, {
    name: `Form ${slug}`,
    slug,
    isPublic,
    descriptionHtml: '<p>Tell us more.</p>',
    fields: [{ slug: 'title', name: 'Subject', type: 'text', descriptionHtml: '' }],
  });
}

test('GET /ticket-forms/{id} answers the form as stored', async (t) => {
  const built = await build(t);
  const form = await addForm(built, 'bug-report', false);
  const res = await built.api.get(`/ticket-forms/${form.id}`);
  assert.equal(res.status, 200, res.text);
  assert.deepEqual(
    { ...res.body.data, url: undefined },
    {
      id: form.id,
      name: 'Form bug-report',
      slug: 'bug-report',
      url: undefined,
      is_public: false,
      description_html: '<p>Tell us more.</p>',
      fields: [{ slug: 'title', name: 'Subject', type: 'text', description_html: '' }],
    },
  );
  assert.match(res.body.data.url, /\/forms\/bug-report$/);
});

test('GET /ticket-forms lists every form, in pages', async (t) => {
  const built = await build(t);
  const ids: string[] = [];
  for (const slug of ['a', 'b', 'c']) ids.push((await addForm(built, slug)).id);
  const seen: string[] = [];
  let cursor = '';
  do {
    const res = await built.api.get(`/ticket-forms?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
    assert.equal(res.status, 200, res.text);
    seen.push(...res.body.data.map((f: { id: string }) => f.id));
    cursor = res.body.pagination.has_next_page ? res.body.pagination.cursor : '';
  } while (cursor);
  assert.deepEqual(seen, ids);
});

test('the demo seed adds two ticket forms, once, however often it is loaded', async (t) => {
  const built = await build(t);
  const { api } = built;
  assert.deepEqual((await api.get('/ticket-forms')).body.data, []);
  const actor = { workspaceId: built.workspaceId, userId: built.userId, tokenId: 'test', role: 'admin' as const };
  for (let load = 0; load < 2; load++) assert.equal(await seedDemoTicketForms(built.app.helpline, actor), 2);
  const forms = (await api.get('/ticket-forms')).body.data;
  assert.deepEqual(
    forms.map((f: { slug: string; is_public: boolean }) => [f.slug, f.is_public]),
    [
      ['report-a-bug', true],
      ['billing-question', false],
    ],
  );
  for (const form of forms) assert.deepEqual((await api.get(`/ticket-forms/${form.id}`)).body.data, form);
});

test('a slug is unique per workspace', async (t) => {
  const built = await build(t);
  const first = await addForm(built, 'same');
  await assert.rejects(addForm(built, 'same'), (error: { code?: string; existsId?: string }) => {
    assert.equal(error.code, 'duplicate');
    assert.equal(error.existsId, first.id);
    return true;
  });
});

test("unknown ticket form → 404; another workspace's token gets 404 and an empty list", async (t) => {
  const built = await build(t);
  const form = await addForm(built, 'mine');
  assert.equal((await built.api.get('/ticket-forms/nothing')).status, 404);
  const other = await built.otherWorkspace();
  assert.equal((await other.api.get(`/ticket-forms/${form.id}`)).status, 404);
  assert.deepEqual((await other.api.get('/ticket-forms')).body.data, []);
});

test('a member may read ticket forms', async (t) => {
  const built = await build(t);
  const form = await addForm(built, 'open');
  const { api } = await built.member();
  assert.equal((await api.get('/ticket-forms')).body.data.length, 1);
  assert.equal((await api.get(`/ticket-forms/${form.id}`)).status, 200);
});
