import assert from 'node:assert/strict';
import { test } from 'node:test';
import { build } from '../helpers/build.js';
import { createAccount, createCustomObject, createCustomObjectType } from '../helpers/factories.js';

const names = (res: { body: { data: { name: string }[] } }) => res.body.data.map((o) => o.name).sort();

test('PATCH /custom-objects/{type} sets the same values on every listed record, each announced', async (t) => {
  const { api } = await build(t);
  await createCustomObjectType(api);
  const account = await createAccount(api);
  const a = await createCustomObject(api, {
    name: 'A',
    custom_fields: { amount: { value: '1' }, notes: { value: 'keep' } },
  });
  const b = await createCustomObject(api, { name: 'B', custom_fields: { amount: { value: '2' } } });
  const untouched = await createCustomObject(api, { name: 'C' });
  const res = await api.patch('/custom-objects/opportunity', {
    ids: [a.id, b.id, a.id],
    custom_fields: { stage: { value: 'won' }, account: { value: account.id }, notes: { value: '' } },
  });
  assert.equal(res.status, 200, res.text);
  assert.equal(res.body.success, true);
  assert.deepEqual(res.body.updated_ids, [a.id, b.id]);
  for (const [object, amount] of [
    [a, '1'],
    [b, '2'],
  ] as const) {
    const read = (await api.get(`/custom-objects/opportunity/${object.id}`)).body.data;
    assert.deepEqual(read.custom_fields, {
      amount: { slug: 'amount', value: amount },
      stage: { slug: 'stage', value: 'won' },
    });
    assert.deepEqual(read.relations, [{ object_id: account.id, object_type: 'account' }]);
  }
  assert.deepEqual((await api.get(`/custom-objects/opportunity/${untouched.id}`)).body.data, untouched);
  const updated = (await api.get('/events')).body.data.filter(
    (e: { type: string }) => e.type === 'custom_object.updated',
  );
  assert.deepEqual(
    updated.map((e: { subject_id?: string; data: { custom_object: { id: string } } }) => e.data.custom_object.id),
    [a.id, b.id],
  );
});

test('bulk update: all or none; an unknown id → 404, a bad value or id count → 400', async (t) => {
  const { api } = await build(t);
  await createCustomObjectType(api);
  const a = await createCustomObject(api);
  const missing = '01a20f73-0000-7000-8000-000000000000';
  const unknown = await api.patch('/custom-objects/opportunity', {
    ids: [a.id, missing],
    custom_fields: { notes: { value: 'x' } },
  });
  assert.equal(unknown.status, 404);
  assert.match(unknown.body.errors[0], new RegExp(missing));
  const bad = [
    { ids: [], custom_fields: { notes: { value: 'x' } } },
    { ids: Array.from({ length: 101 }, (_, i) => `id-${i}`) },
    { ids: [a.id], custom_fields: { amount: { value: 'many' } } },
    { ids: [a.id], custom_fields: { amount: { value: '' } } },
    { ids: [a.id], custom_fields: { nope: { value: '1' } } },
    { custom_fields: { notes: { value: 'x' } } },
  ];
  for (const body of bad) assert.equal((await api.patch('/custom-objects/opportunity', body)).status, 400);
  assert.deepEqual((await api.get(`/custom-objects/opportunity/${a.id}`)).body.data, a, 'nothing changed');
});

test('POST /custom-objects/{type}/search filters on name, times, account and the type fields', async (t) => {
  const { api } = await build(t);
  await createCustomObjectType(api);
  await createCustomObjectType(api, 'partner');
  const account = await createAccount(api);
  await createCustomObject(api, {
    name: 'Acme renewal',
    custom_fields: {
      amount: { value: '500' },
      stage: { value: 'open' },
      products: { values: ['chat'] },
      close_date: { value: '2026-03-01' },
      account: { value: account.id },
    },
  });
  // Apart by a few milliseconds, so creation times order the records strictly.
  const pause = () => new Promise((resolve) => setTimeout(resolve, 5));
  await pause();
  const middle = new Date().toISOString();
  await pause();
  await createCustomObject(api, {
    name: 'Globex new',
    custom_fields: { amount: { value: '50' }, stage: { value: 'won' }, products: { values: ['mail', 'chat'] } },
  });
  await createCustomObject(api, { name: 'Initech', custom_fields: { amount: { value: '5000' } } });
  await createCustomObject(api, { name: 'Acme partner' }, 'partner');
  const search = (filter: unknown) => api.post('/custom-objects/opportunity/search', { filter });
  const expect = async (filter: unknown, expected: string[]) => {
    const res = await search(filter);
    assert.equal(res.status, 200, `${JSON.stringify(filter)}: ${res.text}`);
    assert.deepEqual(names(res), expected, JSON.stringify(filter));
  };
  await expect({ field: 'name', operator: 'string_contains', value: 'acme' }, ['Acme renewal']);
  await expect({ field: 'name', operator: 'in', values: ['Initech', 'Globex new'] }, ['Globex new', 'Initech']);
  await expect({ field: 'created_at', operator: 'time_is_after', value: middle }, ['Globex new', 'Initech']);
  await expect({ field: 'account', operator: 'equals', value: account.id }, ['Acme renewal']);
  await expect({ field: 'account', operator: 'is_unset' }, ['Globex new', 'Initech']);
  await expect({ field: 'amount', operator: 'greater_than', value: '100' }, ['Acme renewal', 'Initech']);
  await expect({ field: 'stage', operator: 'in', values: ['open', 'won'] }, ['Acme renewal', 'Globex new']);
  await expect({ field: 'stage', operator: 'is_unset' }, ['Initech']);
  await expect({ field: 'products', operator: 'contains', value: 'mail' }, ['Globex new']);
  await expect({ field: 'close_date', operator: 'time_is_before', value: '2026-06-01T00:00:00Z' }, ['Acme renewal']);
  await expect(
    {
      operator: 'or',
      subfilters: [
        { field: 'stage', operator: 'equals', value: 'won' },
        { field: 'amount', operator: 'greater_than_or_equals', value: '5000' },
      ],
    },
    ['Globex new', 'Initech'],
  );
  assert.deepEqual(names(await api.post('/custom-objects/opportunity/search', {})), [
    'Acme renewal',
    'Globex new',
    'Initech',
  ]);
});

test('search: fields and operators outside the description → 400; pages of at most 100', async (t) => {
  const { api } = await build(t);
  await createCustomObjectType(api);
  for (let i = 0; i < 3; i++) await createCustomObject(api, { name: `D${i}` });
  const search = (body: unknown) => api.post('/custom-objects/opportunity/search', body);
  const refused = [
    { filter: { field: 'colour', operator: 'equals', value: 'red' } },
    { filter: { field: 'name', operator: 'greater_than', value: '1' } },
    { filter: { field: 'created_at', operator: 'equals', value: '2026-01-01T00:00:00Z' } },
    { filter: { field: 'products', operator: 'string_contains', value: 'c' } },
    { filter: { field: 'amount', operator: 'greater_than', value: 'many' } },
    { filter: {}, limit: 101 },
  ];
  for (const body of refused) {
    const res = await search(body);
    assert.equal(res.status, 400, JSON.stringify(body));
  }
  const first = await search({ limit: 2 });
  assert.equal(first.body.data.length, 2);
  assert.equal(first.body.pagination.has_next_page, true);
  const rest = await search({ limit: 2, cursor: first.body.pagination.cursor });
  assert.deepEqual(names(rest), ['D2']);
});
