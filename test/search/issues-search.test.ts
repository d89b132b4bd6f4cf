import assert from 'node:assert/strict';
import { test } from 'node:test';
import { build, type Api } from '../helpers/build.js';
import { createIssue } from '../helpers/factories.js';

const ENV = { RATE_LIMIT_MULTIPLIER: '100' };

async function search(api: Api, body: unknown) {
  const res = await api.post('/issues/search', body);
  assert.equal(res.status, 200, res.text);
  return res.body as {
    data: { id: string; [k: string]: unknown }[];
    pagination: { cursor: string; has_next_page: boolean };
  };
}

const ids = (page: { data: { id: string }[] }) => page.data.map((issue) => issue.id);

async function threeIssues(api: Api, userId: string) {
  const a = await createIssue(api, { title: 'Login fails on SSO', tags: ['sso', 'bug'], assignee_id: userId });
  const b = await createIssue(api, { title: 'Invoice is wrong', tags: ['billing'] });
  const c = await createIssue(api, { title: 'Feature: dark mode', tags: [] });
  assert.equal((await api.patch(`/issues/${b.id}`, { state: 'closed' })).status, 200);
  return { a, b, c };
}

test('POST /issues/search filters on state, tags, assignee and title, nested with and/or', async (t) => {
  const { api, userId } = await build(t, { env: ENV });
  const { a, b, c } = await threeIssues(api, userId);
  assert.deepEqual(ids(await search(api, { filter: { field: 'state', operator: 'equals', value: 'closed' } })), [b.id]);
  assert.deepEqual(ids(await search(api, { filter: { field: 'state', operator: 'not_in', values: ['closed'] } })), [
    a.id,
    c.id,
  ]);
  assert.deepEqual(ids(await search(api, { filter: { field: 'tags', operator: 'contains', value: 'bug' } })), [a.id]);
  assert.deepEqual(ids(await search(api, { filter: { field: 'tags', operator: 'does_not_contain', value: 'bug' } })), [
    b.id,
    c.id,
  ]);
  assert.deepEqual(ids(await search(api, { filter: { field: 'assignee_id', operator: 'is_unset' } })), [b.id, c.id]);
  assert.deepEqual(
    ids(await search(api, { filter: { field: 'title', operator: 'string_contains', value: 'INVOICE' } })),
    [b.id],
    'string_contains ignores the case of letters',
  );
  const nested = {
    operator: 'or',
    subfilters: [
      { field: 'assignee_id', operator: 'equals', value: userId },
      {
        field: '',
        operator: 'and',
        subfilters: [
          { field: 'state', operator: 'equals', value: 'closed' },
          { field: 'tags', operator: 'in', values: ['billing', 'nothing'] },
        ],
      },
    ],
  };
  assert.deepEqual(ids(await search(api, { filter: nested })), [a.id, b.id]);
  assert.deepEqual(ids(await search(api, {})), [a.id, b.id, c.id], 'no filter: every issue, oldest first');
});

test('time filters take values [start, end] or value {start, end}; the legacy keyed form is understood', async (t) => {
  const { api, userId } = await build(t, { env: ENV });
  const { a, b, c } = await threeIssues(api, userId);
  const times = await Promise.all([a, b, c].map(async (i) => (await api.get(`/issues/${i.id}`)).body.data.created_at));
  const range = { start: times[0].replace(/\.\d+Z$/, 'Z'), end: times[1] };
  const fromValues = await search(api, {
    filter: { field: 'created_at', operator: 'time_range', values: [range.start, range.end] },
  });
  const fromObject = await search(api, { filter: { field: 'created_at', operator: 'time_range', value: range } });
  assert.ok(ids(fromValues).includes(b.id) && !ids(fromValues).includes(c.id));
  assert.deepEqual(ids(fromObject), ids(fromValues));
  const after = await search(api, { filter: { field: 'created_at', operator: 'time_is_after', value: times[1] } });
  assert.deepEqual(ids(after), [c.id]);
  const legacy = await search(api, { filter: { state: { operator: 'equals', value: 'closed' } } });
  assert.deepEqual(ids(legacy), [b.id]);
});

test('POST /issues/search pages with cursor and limit, in a stable order', async (t) => {
  const { api } = await build(t, { env: ENV });
  const created = [];
  for (let i = 0; i < 5; i++) created.push((await createIssue(api, { tags: ['paged'] })).id);
  const seen: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await search(api, {
      filter: { field: 'tags', operator: 'contains', value: 'paged' },
      limit: 2,
      cursor,
    });
    assert.ok(page.data.length <= 2);
    seen.push(...ids(page));
    cursor = page.pagination.has_next_page ? page.pagination.cursor : undefined;
  } while (cursor);
  assert.deepEqual(seen, created);
});

test('POST /issues/search: a field or operator the operation does not allow → 400 naming it', async (t) => {
  const { api } = await build(t, { env: ENV });
  const refused = async (body: unknown, mention: string) => {
    const res = await api.post('/issues/search', body);
    assert.equal(res.status, 400, JSON.stringify(body));
    assert.match(res.body.errors[0], new RegExp(mention), res.body.errors[0]);
  };
  await refused({ filter: { field: 'colour', operator: 'equals', value: 'red' } }, 'colour');
  await refused({ filter: { field: 'state', operator: 'string_contains', value: 'new' } }, 'string_contains');
  await refused({ filter: { field: 'state', operator: 'whatever', value: 'new' } }, 'operator');
  await refused({ filter: { field: 'state', operator: 'in' } }, 'values');
  await refused({ filter: { field: 'created_at', operator: 'time_is_after', value: 'yesterday' } }, 'RFC 3339');
  await refused(
    { filter: { field: 'created_at', operator: 'time_range', value: { start: '2024-01-01T00:00:00Z' } } },
    'time_range',
  );
  await refused({ filter: { operator: 'and', subfilters: [] } }, 'subfilters');
  await refused({ filter: 'state = new' }, 'filter');
  await refused({ filter: { state: 'new' } }, 'operator');
  const deep = {
    operator: 'and',
    subfilters: [
      {
        operator: 'or',
        subfilters: [{ operator: 'and', subfilters: [{ field: 'state', operator: 'equals', value: 'new' }] }],
      },
    ],
  };
  await refused({ filter: deep }, 'deep');
  await refused({ limit: 0 }, 'limit');
  await refused({ cursor: 'not-a-cursor' }, 'cursor');
});

test("POST /issues/search sees only the caller's workspace and needs a token", async (t) => {
  const { api, otherWorkspace } = await build(t, { env: ENV });
  await createIssue(api, { tags: ['mine'] });
  const other = await otherWorkspace();
  const res = await other.api.post('/issues/search', {
    filter: { field: 'tags', operator: 'contains', value: 'mine' },
  });
  assert.equal(res.status, 200);
  assert.deepEqual(res.body.data, []);
  assert.equal((await api.post('/issues/search', {}, { token: null })).status, 401);
  assert.equal((await api.post('/issues/search', {}, { token: 'wrong' })).status, 401);
});

test('custom fields filter by slug, with operators by their type; an unknown slug → 400', async (t) => {
  const { api } = await build(t, { env: ENV });
  const field = async (body: Record<string, unknown>) => {
    const res = await api.post('/custom-fields', { object_type: 'issue', ...body });
    assert.equal(res.status, 200, res.text);
  };
  await field({ type: 'text', label: 'Region', slug: 'region' });
  await field({ type: 'number', label: 'Seats', slug: 'seats' });
  await field({
    type: 'multiselect',
    label: 'Products',
    slug: 'products',
    select_options: [
      { slug: 'chat', label: 'Chat' },
      { slug: 'email', label: 'Email' },
    ],
  });
  const eu = await createIssue(api, {
    custom_fields: [
      { slug: 'region', value: 'EU-West' },
      { slug: 'seats', value: '120' },
      { slug: 'products', values: ['chat', 'email'] },
    ],
  });
  const us = await createIssue(api, {
    custom_fields: [
      { slug: 'region', value: 'US' },
      { slug: 'seats', value: '8' },
    ],
  });
  const none = await createIssue(api);
  const by = async (filter: unknown) => ids(await search(api, { filter }));
  assert.deepEqual(await by({ field: 'region', operator: 'equals', value: 'US' }), [us.id]);
  assert.deepEqual(await by({ field: 'region', operator: 'string_contains', value: 'eu' }), [eu.id]);
  assert.deepEqual(await by({ field: 'region', operator: 'is_unset' }), [none.id]);
  assert.deepEqual(await by({ field: 'seats', operator: 'greater_than', value: '100' }), [eu.id]);
  assert.deepEqual(await by({ field: 'seats', operator: 'less_than_or_equals', value: '8' }), [us.id]);
  assert.deepEqual(await by({ field: 'products', operator: 'contains', value: 'chat' }), [eu.id]);
  assert.deepEqual(await by({ field: 'products', operator: 'not_in', values: ['email'] }), [us.id, none.id]);
  assert.deepEqual(await by({ field: 'products', operator: 'is_set' }), [eu.id]);
  const unknown = await api.post('/issues/search', { filter: { field: 'planet', operator: 'equals', value: 'x' } });
  assert.equal(unknown.status, 400);
  assert.match(unknown.body.errors[0], /planet/);
  const wrongOperator = await api.post('/issues/search', {
    filter: { field: 'products', operator: 'string_contains', value: 'x' },
  });
  assert.equal(wrongOperator.status, 400);
});
