import assert from 'node:assert/strict';
import { test } from 'node:test';
import { build } from '../helpers/build.js';
import {
  createAccount,
  createCustomObject as createOpportunity,
  createCustomObjectType as createOpportunityType,
} from '../helpers/factories.js';

test('POST /custom-object-types defines a type its records follow, listed by GET /custom-object-types', async (t) => {
  const { api } = await build(t);
  const type = await createOpportunityType(api);
  assert.equal(type.slug, 'opportunity');
  assert.deepEqual(
    type.fields.map((f: { slug: string; type: string; required: boolean }) => [f.slug, f.type, f.required]),
    [
      ['amount', 'number', true],
      ['stage', 'select', false],
      ['products', 'multiselect', false],
      ['close_date', 'date', false],
      ['notes', 'text', false],
      ['owner', 'user', false],
    ],
  );
  assert.deepEqual(type.fields[1].select_options, [
    { slug: 'open', label: 'Open' },
    { slug: 'won', label: 'Won' },
  ]);
  const listed = await api.get('/custom-object-types');
  assert.equal(listed.status, 200);
  assert.deepEqual(listed.body.data, [type]);
  const events = (await api.get('/events')).body.data.filter((e: { type: string }) => e.type.startsWith('custom_'));
  assert.deepEqual(
    events.map((e: { type: string }) => e.type),
    ['custom_object_type.created'],
  );
  const audit = (await api.get('/audit-logs')).body.data.map((e: { action: string }) => e.action);
  assert.ok(audit.includes('custom_object_type.created'));
});

test('custom object types: each rule answers 400, a taken slug 400 with exists_id', async (t) => {
  const { api } = await build(t);
  const type = await createOpportunityType(api);
  const dup = await api.post('/custom-object-types', { slug: 'opportunity', name: 'Again' });
  assert.equal(dup.status, 400);
  assert.equal(dup.body.exists_id, type.id);
  const bad = async (body: Record<string, unknown>, mention: string) => {
    const res = await api.post('/custom-object-types', { slug: 'thing', name: 'Thing', ...body });
    assert.equal(res.status, 400, JSON.stringify(body));
    assert.match(res.body.errors[0], new RegExp(mention), res.body.errors[0]);
  };
  await bad({ slug: 'Not A Slug' }, 'slug');
  await bad({ name: ' ' }, 'name');
  await bad({ fields: [{ label: 'Size', type: 'colour' }] }, 'fields\\[0\\].type');
  await bad({ fields: [{ label: 'Tier', type: 'select' }] }, 'select_options');
  await bad({ fields: [{ label: 'Name', type: 'text' }] }, 'built-in');
  await bad(
    {
      fields: [
        { label: 'A', type: 'text' },
        { slug: 'a', label: 'B', type: 'text' },
      ],
    },
    'twice',
  );
  await bad({ fields: [{ label: 'Plain', type: 'text', select_options: [{ label: 'x' }] }] }, 'select_options');
  assert.equal((await api.post('/custom-object-types', { name: 'No slug' })).status, 400);
  assert.equal((await api.get('/custom-object-types')).body.data.length, 1);
});

test('a custom object round trip: create, read, update, list, delete, each announced', async (t) => {
  const { api, userId } = await build(t);
  await createOpportunityType(api);
  const account = await createAccount(api, { name: 'Acme' });
  const created = await createOpportunity(api, {
    name: '  Acme renewal ',
    custom_fields: {
      amount: { value: '2500.50' },
      stage: { value: 'open' },
      products: { values: ['chat', 'mail', 'chat'] },
      close_date: { value: '2026-12-31' },
      owner: { value: userId },
      account: { value: account.id },
    },
  });
  assert.equal(created.type, 'opportunity');
  assert.equal(created.name, 'Acme renewal');
  assert.deepEqual(created.custom_fields, {
    amount: { slug: 'amount', value: '2500.50' },
    stage: { slug: 'stage', value: 'open' },
    products: { slug: 'products', values: ['chat', 'mail'] },
    close_date: { slug: 'close_date', value: '2026-12-31' },
    owner: { slug: 'owner', value: userId },
  });
  assert.deepEqual(created.relations, [{ object_id: account.id, object_type: 'account' }]);
  assert.deepEqual((await api.get(`/custom-objects/opportunity/${created.id}`)).body.data, created);

  const updated = await api.patch(`/custom-objects/opportunity/${created.id}`, {
    name: 'Acme upsell',
    custom_fields: { stage: { value: 'won' }, notes: { value: 'Signed' }, close_date: { value: '' }, account: {} },
  });
  assert.equal(updated.status, 200, updated.text);
  const read = (await api.get(`/custom-objects/opportunity/${created.id}`)).body.data;
  assert.deepEqual(read, updated.body.data);
  assert.equal(read.name, 'Acme upsell');
  assert.equal(read.custom_fields.stage.value, 'won');
  assert.equal(read.custom_fields.notes.value, 'Signed');
  assert.equal(read.custom_fields.close_date, undefined);
  assert.equal(read.custom_fields.amount.value, '2500.50', 'fields not listed stay');
  assert.deepEqual(read.relations, []);

  const listed = await api.get('/custom-objects/opportunity');
  assert.deepEqual(listed.body.data, [read]);
  assert.equal(listed.body.pagination.has_next_page, false);

  assert.equal((await api.delete(`/custom-objects/opportunity/${created.id}`)).status, 200);
  assert.equal((await api.get(`/custom-objects/opportunity/${created.id}`)).status, 404);
  assert.deepEqual((await api.get('/custom-objects/opportunity')).body.data, []);

  const events = (await api.get('/events')).body.data.filter((e: { type: string }) =>
    e.type.startsWith('custom_object.'),
  );
  assert.deepEqual(
    events.map((e: { type: string }) => e.type),
    ['custom_object.created', 'custom_object.updated', 'custom_object.deleted'],
  );
  assert.deepEqual(events[1].data.changed_fields, ['name', 'custom_fields', 'relations']);
  assert.deepEqual(events[2].data, { custom_object_id: created.id, type: 'opportunity' });
});

test('an update that changes nothing is neither saved nor announced', async (t) => {
  const { api } = await build(t);
  await createOpportunityType(api);
  const created = await createOpportunity(api);
  const same = await api.patch(`/custom-objects/opportunity/${created.id}`, {
    name: 'Deal',
    custom_fields: { amount: { value: '100' } },
  });
  assert.deepEqual(same.body.data, created);
  const types = (await api.get('/events')).body.data.map((e: { type: string }) => e.type);
  assert.ok(!types.includes('custom_object.updated'));
});

test('GET /custom-objects/{type} pages in creation order: 25 by default, at most 100', async (t) => {
  const { api } = await build(t);
  await createOpportunityType(api);
  const ids: string[] = [];
  for (let i = 0; i < 27; i++) ids.push((await createOpportunity(api, { name: `D${i}` })).id);
  const first = await api.get('/custom-objects/opportunity');
  assert.equal(first.body.data.length, 25);
  assert.equal(first.body.pagination.has_next_page, true);
  const rest = await api.get(`/custom-objects/opportunity?cursor=${first.body.pagination.cursor}`);
  assert.deepEqual(
    [...first.body.data, ...rest.body.data].map((o: { id: string }) => o.id),
    ids,
  );
  assert.equal(rest.body.pagination.has_next_page, false);
  assert.equal((await api.get('/custom-objects/opportunity?limit=101')).status, 400);
  assert.equal((await api.get('/custom-objects/opportunity?cursor=nonsense')).status, 400);
});

test('records follow their type: unknown field, wrong value, missing required one → 400 naming it', async (t) => {
  const { api } = await build(t);
  await createOpportunityType(api);
  const bad = async (method: 'post' | 'patch', url: string, body: unknown, mention: string) => {
    const res = await api[method](url, body);
    assert.equal(res.status, 400, `${JSON.stringify(body)}: ${res.text}`);
    assert.match(res.body.errors[0], new RegExp(mention), res.body.errors[0]);
  };
  const url = '/custom-objects/opportunity';
  const amount = { amount: { value: '1' } };
  await bad('post', url, { name: 'X', custom_fields: { ...amount, colour: { value: 'red' } } }, '"colour"');
  await bad('post', url, { name: 'X', custom_fields: { amount: { value: 'lots' } } }, '"amount"');
  await bad('post', url, { name: 'X', custom_fields: { ...amount, stage: { value: 'lost' } } }, '"stage"');
  await bad('post', url, { name: 'X', custom_fields: { ...amount, products: { value: 'chat' } } }, '"products"');
  await bad('post', url, { name: 'X', custom_fields: { ...amount, close_date: { value: '31/12' } } }, 'close_date');
  await bad('post', url, { name: 'X', custom_fields: { ...amount, owner: { value: 'nobody' } } }, '"owner"');
  await bad('post', url, { name: 'X', custom_fields: { ...amount, account: { value: 'nope' } } }, '"account"');
  await bad('post', url, { name: 'X' }, '"amount" is required');
  await bad('post', url, { name: ' ', custom_fields: amount }, 'name');
  assert.equal((await api.post(url, { custom_fields: amount })).status, 400);
  const created = await createOpportunity(api);
  await bad('patch', `${url}/${created.id}`, { custom_fields: { amount: { value: '' } } }, '"amount" is required');
  await bad('patch', `${url}/${created.id}`, { custom_fields: { nope: { value: '1' } } }, '"nope"');
  await bad('patch', `${url}/${created.id}`, { name: '' }, 'name');
  assert.deepEqual((await api.get(`${url}/${created.id}`)).body.data, created, 'nothing changed');
  assert.equal((await api.get(url)).body.data.length, 1);
});

test('an unknown type or record → 404 on every operation', async (t) => {
  const { api } = await build(t);
  await createOpportunityType(api);
  const created = await createOpportunity(api);
  const missing = '01a20f73-0000-7000-8000-000000000000';
  const answers = [
    await api.get('/custom-objects/widgets'),
    await api.post('/custom-objects/widgets', { name: 'X' }),
    await api.patch('/custom-objects/widgets', { ids: [created.id] }),
    await api.post('/custom-objects/widgets/search', {}),
    await api.get(`/custom-objects/widgets/${created.id}`),
    await api.patch(`/custom-objects/widgets/${created.id}`, { name: 'Y' }),
    await api.delete(`/custom-objects/widgets/${created.id}`),
    await api.get(`/custom-objects/opportunity/${missing}`),
    await api.patch(`/custom-objects/opportunity/${missing}`, { name: 'Y' }),
    await api.delete(`/custom-objects/opportunity/${missing}`),
  ];
  assert.deepEqual(
    answers.map((r) => r.status),
    answers.map(() => 404),
  );
});

test("another workspace's token gets 404 for a type and its records, and lists nothing", async (t) => {
  const { api, otherWorkspace } = await build(t);
  await createOpportunityType(api);
  const created = await createOpportunity(api);
  const other = await otherWorkspace();
  assert.deepEqual((await other.api.get('/custom-object-types')).body.data, []);
  assert.equal((await other.api.get('/custom-objects/opportunity')).status, 404);
  assert.equal((await other.api.get(`/custom-objects/opportunity/${created.id}`)).status, 404);
  // Their own type of the same slug still does not reach this workspace's records.
  await createOpportunityType(other.api);
  assert.equal((await other.api.get(`/custom-objects/opportunity/${created.id}`)).status, 404);
  assert.equal((await other.api.patch(`/custom-objects/opportunity/${created.id}`, { name: 'Z' })).status, 404);
  assert.equal((await other.api.delete(`/custom-objects/opportunity/${created.id}`)).status, 404);
  assert.equal((await other.api.patch('/custom-objects/opportunity', { ids: [created.id] })).status, 404);
  assert.deepEqual((await other.api.post('/custom-objects/opportunity/search', {})).body.data, []);
  assert.equal((await api.get(`/custom-objects/opportunity/${created.id}`)).body.data.name, 'Deal');
});

test('members work with records but may not define types or delete records (403)', async (t) => {
  const { api, member } = await build(t);
  const { api: memberApi } = await member();
  const denied = await memberApi.post('/custom-object-types', { slug: 'deal', name: 'Deal' });
  assert.equal(denied.status, 403);
  await createOpportunityType(api);
  assert.equal((await memberApi.get('/custom-object-types')).body.data.length, 1);
  const created = await createOpportunity(memberApi);
  const updated = await memberApi.patch(`/custom-objects/opportunity/${created.id}`, { name: 'Renamed' });
  assert.equal(updated.status, 200);
  assert.equal((await memberApi.delete(`/custom-objects/opportunity/${created.id}`)).status, 403);
  assert.equal((await api.get(`/custom-objects/opportunity/${created.id}`)).body.data.name, 'Renamed');
});
