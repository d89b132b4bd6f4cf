import assert from 'node:assert/strict';
import { test } from 'node:test';
import { build } from '../helpers/build.js';
import { createIssue } from '../helpers/factories.js';
import type { Api } from '../helpers/build.js';

async function createField(api: Api, fields: Record<string, unknown>) {
  const res = await api.post('/custom-fields', { object_type: 'issue', type: 'text', ...fields });
  assert.equal(res.status, 200, res.text);
  return res.body.data as { id: string; slug: string; [k: string]: unknown };
}

const PRIORITY_OPTIONS = [{ slug: 'high', label: 'High' }, { label: 'Low' }];

test('POST /custom-fields creates a definition readable by id and listed by object type', async (t) => {
  const { api } = await build(t);
  const field = await createField(api, {
    label: 'Priority level',
    type: 'select',
    description: 'How urgent',
    select_options: PRIORITY_OPTIONS,
    default_value: 'low',
  });
  assert.equal(field.slug, 'priority_level');
  assert.equal(field.type, 'select');
  assert.equal(field.object_type, 'issue');
  assert.equal(field.default_value, 'low');
  assert.deepEqual(field.select_metadata, {
    options: [
      { slug: 'high', label: 'High' },
      { slug: 'low', label: 'Low' },
    ],
  });
  assert.deepEqual((await api.get(`/custom-fields/${field.id}`)).body.data, field);
  await createField(api, { label: 'Plan', object_type: 'account' });
  const issues = await api.get('/custom-fields?object_type=issue');
  assert.deepEqual(issues.body.data, [field]);
  const accounts = await api.get('/custom-fields?object_type=account&limit=1');
  assert.deepEqual(
    accounts.body.data.map((f: { slug: string }) => f.slug),
    ['plan'],
  );
  assert.equal(accounts.body.pagination.has_next_page, false);
});

test('custom field definitions: each rule answers 400, a duplicate slug answers exists_id', async (t) => {
  const { api } = await build(t);
  const first = await createField(api, { label: 'Region', slug: 'region' });
  const dup = await api.post('/custom-fields', { object_type: 'issue', type: 'text', label: 'Other', slug: 'region' });
  assert.equal(dup.status, 400);
  assert.equal(dup.body.exists_id, first.id);
  assert.equal(
    (await api.post('/custom-fields', { object_type: 'contact', type: 'text', label: 'Region' })).status,
    200,
  );
  const bad: Record<string, unknown>[] = [
    { label: 'X', type: 'colour' },
    { label: 'X', object_type: 'planet' },
    { label: ' ' },
    { label: 'X', slug: 'Has Spaces' },
    { label: 'X', slug: 'tags' },
    { label: '!!!' },
    { label: 'X', type: 'text', select_options: [{ slug: 'a', label: 'A' }] },
    {
      label: 'X',
      type: 'select',
      select_options: [
        { slug: 'a', label: 'A' },
        { slug: 'a', label: 'B' },
      ],
    },
    { label: 'X', type: 'select', select_options: [{ slug: 'a', label: 'A' }], default_value: 'b' },
    { label: 'X', type: 'number', default_value: 'many' },
    { label: 'X', type: 'text', default_values: ['a'] },
  ];
  for (const body of bad) {
    const res = await api.post('/custom-fields', { object_type: 'issue', type: 'text', ...body });
    assert.equal(res.status, 400, JSON.stringify(body));
  }
  assert.equal((await api.get('/custom-fields')).status, 400, 'object_type is required');
  assert.equal((await api.get('/custom-fields?object_type=planet')).status, 400);
  assert.equal((await api.get('/custom-fields/nothing')).status, 404);
  assert.equal((await api.patch('/custom-fields/nothing', { label: 'Y' })).status, 404);
  assert.deepEqual(
    (await api.get('/custom-fields?object_type=issue')).body.data.map((f: { slug: string }) => f.slug),
    ['region'],
  );
});

test('issue custom field values: set on create, merged on update, unset when empty, shown in the JSON', async (t) => {
  const { api, userId } = await build(t);
  await createField(api, { label: 'Priority', type: 'select', select_options: PRIORITY_OPTIONS });
  await createField(api, { label: 'Areas', type: 'multiselect', select_options: [{ label: 'UI' }, { label: 'API' }] });
  await createField(api, { label: 'Seats', type: 'number' });
  await createField(api, { label: 'Owner', type: 'user' });
  await createField(api, { label: 'Renewal', type: 'date' });
  await createField(api, { label: 'Note', type: 'text' });
  const issue = await createIssue(api, {
    custom_fields: [
      { slug: 'priority', value: 'high' },
      { slug: 'areas', values: ['api', 'ui', 'api'] },
      { slug: 'seats', value: '12' },
      { slug: 'owner', value: userId },
    ],
  });
  assert.deepEqual(issue.custom_fields, {
    priority: { slug: 'priority', value: 'high' },
    areas: { slug: 'areas', values: ['api', 'ui'] },
    seats: { slug: 'seats', value: '12' },
    owner: { slug: 'owner', value: userId },
  });
  const updated = await api.patch(`/issues/${issue.id}`, {
    custom_fields: [
      { slug: 'priority', value: 'low' },
      { slug: 'areas', values: [] },
      { slug: 'seats' },
      { slug: 'renewal', value: '2025-02-28' },
    ],
  });
  assert.equal(updated.status, 200, updated.text);
  const expected = {
    priority: { slug: 'priority', value: 'low' },
    owner: { slug: 'owner', value: userId },
    renewal: { slug: 'renewal', value: '2025-02-28' },
  };
  assert.deepEqual(updated.body.data.custom_fields, expected);
  assert.deepEqual((await api.get(`/issues/${issue.id}`)).body.data.custom_fields, expected);
  // A patch without custom_fields leaves them as they are.
  await api.patch(`/issues/${issue.id}`, { title: 'Renamed' });
  assert.deepEqual((await api.get(`/issues/${issue.id}`)).body.data.custom_fields, expected);
});

test('stored values are a JSON object keyed by slug, as search filters read them', async (t) => {
  const { api, app, workspaceId } = await build(t);
  await createField(api, { label: 'Tier', type: 'select', select_options: [{ label: 'Gold' }] });
  await createField(api, { label: 'Areas', type: 'multiselect', select_options: [{ label: 'UI' }] });
  const issue = await createIssue(api, {
    custom_fields: [
      { slug: 'tier', value: 'gold' },
      { slug: 'areas', values: ['ui'] },
    ],
  });
  const row = await app.helpline.store.db
    .selectFrom('issues')
    .select('custom_fields')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', issue.id)
    .executeTakeFirstOrThrow();
  assert.deepEqual(JSON.parse(row.custom_fields), {
    tier: { slug: 'tier', value: 'gold' },
    areas: { slug: 'areas', values: ['ui'] },
  });
});

test('a value that does not fit its field answers 400 naming it, and nothing changes', async (t) => {
  const { api } = await build(t);
  for (const [label, type] of [
    ['Count', 'number'],
    ['Ratio', 'decimal'],
    ['Active', 'boolean'],
    ['Day', 'date'],
    ['When', 'datetime'],
    ['Site', 'url'],
    ['Agent', 'user'],
  ])
    await createField(api, { label, type });
  await createField(api, { label: 'Tier', type: 'select', select_options: [{ label: 'Gold' }] });
  await createField(api, { label: 'Areas', type: 'multiselect', select_options: [{ label: 'UI' }] });
  const issue = await createIssue(api, { custom_fields: [{ slug: 'count', value: '3' }] });
  const bad: [Record<string, unknown>, string][] = [
    [{ slug: 'nope', value: 'x' }, 'nope'],
    [{ slug: 'count', value: 'three' }, 'count'],
    [{ slug: 'ratio', value: '1.2.3' }, 'ratio'],
    [{ slug: 'active', value: 'yes' }, 'active'],
    [{ slug: 'day', value: '2025-02-30' }, 'day'],
    [{ slug: 'when', value: 'tomorrow' }, 'when'],
    [{ slug: 'site', value: 'not a url' }, 'site'],
    [{ slug: 'agent', value: 'nobody' }, 'agent'],
    [{ slug: 'tier', value: 'silver' }, 'tier'],
    [{ slug: 'areas', values: ['ui', 'backend'] }, 'backend'],
    [{ slug: 'count', values: ['1'] }, 'count'],
    [{ slug: 'areas', value: 'ui' }, 'areas'],
  ];
  for (const [entry, named] of bad) {
    const res = await api.patch(`/issues/${issue.id}`, { custom_fields: [entry] });
    assert.equal(res.status, 400, JSON.stringify(entry));
    assert.match(res.body.errors[0], new RegExp(named), JSON.stringify(entry));
  }
  const create = await api.post('/issues', {
    title: 'x',
    body_html: 'y',
    requester_email: 'a@example.com',
    custom_fields: [{ slug: 'nope', value: '1' }],
  });
  assert.equal(create.status, 400);
  assert.deepEqual((await api.get(`/issues/${issue.id}`)).body.data.custom_fields, {
    count: { slug: 'count', value: '3' },
  });
  const good = await api.patch(`/issues/${issue.id}`, {
    custom_fields: [
      { slug: 'ratio', value: '0.25' },
      { slug: 'active', value: 'TRUE' },
      { slug: 'when', value: '2025-01-31T12:00:00+01:00' },
      { slug: 'site', value: 'https://example.com/x' },
    ],
  });
  assert.equal(good.status, 200, good.text);
  assert.equal(good.body.data.custom_fields.active.value, 'true');
  assert.equal(good.body.data.custom_fields.when.value, '2025-01-31T11:00:00.000Z');
});

test('accounts and contacts take custom field values of their own object type, with defaults', async (t) => {
  const { api } = await build(t);
  await createField(api, {
    label: 'Plan',
    object_type: 'account',
    type: 'select',
    select_options: [{ label: 'Pro' }, { label: 'Free' }],
    default_value: 'free',
  });
  await createField(api, { label: 'Title', object_type: 'contact', slug: 'job_title' });
  const account = await api.post('/accounts', { name: 'Acme' });
  assert.deepEqual(account.body.data.custom_fields, { plan: { slug: 'plan', value: 'free' } });
  const pro = await api.post('/accounts', { name: 'Big', custom_fields: [{ slug: 'plan', value: 'pro' }] });
  assert.deepEqual((await api.get(`/accounts/${pro.body.data.id}`)).body.data.custom_fields, {
    plan: { slug: 'plan', value: 'pro' },
  });
  const contact = await api.post('/contacts', { name: 'Ada', custom_fields: [{ slug: 'job_title', value: 'CTO' }] });
  assert.equal(contact.status, 200, contact.text);
  assert.deepEqual((await api.get(`/contacts/${contact.body.data.id}`)).body.data.custom_fields, {
    job_title: { slug: 'job_title', value: 'CTO' },
  });
  // Another object type's field is unknown here.
  assert.equal(
    (await api.post('/contacts', { name: 'B', custom_fields: [{ slug: 'plan', value: 'pro' }] })).status,
    400,
  );
  assert.equal(
    (await api.post('/accounts', { name: 'C', custom_fields: [{ slug: 'plan', value: 'gold' }] })).status,
    400,
  );
});

test('PATCH /custom-fields/{id}: a new slug moves stored values, options taken out leave objects', async (t) => {
  const { api } = await build(t);
  const field = await createField(api, {
    label: 'Areas',
    type: 'multiselect',
    select_options: [{ label: 'UI' }, { label: 'API' }, { label: 'Docs' }],
    default_values: ['docs'],
  });
  const a = await createIssue(api, { custom_fields: [{ slug: 'areas', values: ['ui', 'api'] }] });
  const b = await createIssue(api, { custom_fields: [{ slug: 'areas', values: ['ui'] }] });
  const res = await api.patch(`/custom-fields/${field.id}`, {
    label: 'Product areas',
    slug: 'product_areas',
    description: 'Where it hurts',
    select_options: [{ slug: 'api', label: 'Public API' }, { label: 'Billing' }],
  });
  assert.equal(res.status, 200, res.text);
  assert.equal(res.body.data.slug, 'product_areas');
  assert.equal(res.body.data.label, 'Product areas');
  assert.equal(res.body.data.description, 'Where it hurts');
  assert.deepEqual(res.body.data.default_values, []);
  assert.deepEqual(res.body.data.select_metadata.options, [
    { slug: 'api', label: 'Public API' },
    { slug: 'billing', label: 'Billing' },
  ]);
  assert.deepEqual((await api.get(`/issues/${a.id}`)).body.data.custom_fields, {
    product_areas: { slug: 'product_areas', values: ['api'] },
  });
  assert.deepEqual((await api.get(`/issues/${b.id}`)).body.data.custom_fields, {});
  assert.deepEqual((await api.get(`/custom-fields/${field.id}`)).body.data, res.body.data);
  const other = await createField(api, { label: 'Other' });
  const taken = await api.patch(`/custom-fields/${other.id}`, { slug: 'product_areas' });
  assert.equal(taken.status, 400);
  assert.equal(taken.body.exists_id, field.id);
  assert.equal((await api.patch(`/custom-fields/${other.id}`, { label: '' })).status, 400);
});

test('custom field changes record events and audit entries', async (t) => {
  const { api } = await build(t);
  const field = await createField(api, { label: 'Region' });
  await api.patch(`/custom-fields/${field.id}`, { slug: 'area' });
  const events = (await api.get('/events')).body.data.filter((e: { type: string }) =>
    e.type.startsWith('custom_field.'),
  );
  assert.deepEqual(
    events.map((e: { type: string; data: any }) => [e.type, e.data.custom_field.slug]),
    [
      ['custom_field.created', 'region'],
      ['custom_field.updated', 'area'],
    ],
  );
  assert.equal(events[1].data.previous_slug, 'region');
  const audit = (await api.get('/audit-logs')).body.data.filter((e: { object_id: string }) => e.object_id === field.id);
  assert.deepEqual(audit.map((e: { action: string }) => e.action).sort(), [
    'custom_field.created',
    'custom_field.updated',
  ]);
});

test("another workspace's token gets 404 for a custom field and cannot use its slug", async (t) => {
  const { api, otherWorkspace } = await build(t);
  const field = await createField(api, { label: 'Secret' });
  const other = await otherWorkspace();
  assert.equal((await other.api.get(`/custom-fields/${field.id}`)).status, 404);
  assert.equal((await other.api.patch(`/custom-fields/${field.id}`, { label: 'x' })).status, 404);
  assert.deepEqual((await other.api.get('/custom-fields?object_type=issue')).body.data, []);
  const res = await other.api.post('/issues', {
    title: 'x',
    body_html: 'y',
    requester_email: 'a@example.com',
    custom_fields: [{ slug: 'secret', value: 'v' }],
  });
  assert.equal(res.status, 400);
});

test('a member may read custom fields and set values, but not create or change definitions (403)', async (t) => {
  const { api, member } = await build(t);
  const field = await createField(api, { label: 'Region' });
  const { api: memberApi } = await member();
  assert.equal((await memberApi.get('/custom-fields?object_type=issue')).status, 200);
  assert.equal((await memberApi.get(`/custom-fields/${field.id}`)).status, 200);
  assert.equal(
    (await memberApi.post('/custom-fields', { object_type: 'issue', type: 'text', label: 'X' })).status,
    403,
  );
  assert.equal((await memberApi.patch(`/custom-fields/${field.id}`, { label: 'X' })).status, 403);
  const issue = await createIssue(memberApi, { custom_fields: [{ slug: 'region', value: 'EU' }] });
  assert.deepEqual(issue.custom_fields, { region: { slug: 'region', value: 'EU' } });
});

test('PATCH /accounts/{id}, PATCH /accounts and PATCH /contacts/{id} merge custom field values', async (t) => {
  const { api } = await build(t);
  await createField(api, { label: 'Plan', object_type: 'account', type: 'select', select_options: [{ label: 'Pro' }] });
  await createField(api, { label: 'Seats', object_type: 'account', type: 'number' });
  await createField(api, { label: 'Role', object_type: 'contact' });
  const a = (await api.post('/accounts', { name: 'A', custom_fields: [{ slug: 'seats', value: '5' }] })).body.data;
  const b = (await api.post('/accounts', { name: 'B' })).body.data;
  const one = await api.patch(`/accounts/${a.id}`, { custom_fields: [{ slug: 'plan', value: 'pro' }] });
  assert.equal(one.status, 200, one.text);
  assert.deepEqual((await api.get(`/accounts/${a.id}`)).body.data.custom_fields, {
    seats: { slug: 'seats', value: '5' },
    plan: { slug: 'plan', value: 'pro' },
  });
  assert.equal((await api.patch(`/accounts/${a.id}`, { custom_fields: [{ slug: 'seats', value: 'x' }] })).status, 400);
  const bulk = await api.patch('/accounts', {
    account_ids: [a.id, b.id],
    custom_fields: [{ slug: 'seats', value: '9' }],
  });
  assert.equal(bulk.status, 200, bulk.text);
  assert.deepEqual((await api.get(`/accounts/${a.id}`)).body.data.custom_fields.seats, { slug: 'seats', value: '9' });
  assert.deepEqual((await api.get(`/accounts/${b.id}`)).body.data.custom_fields, {
    seats: { slug: 'seats', value: '9' },
  });
  const contact = (await api.post('/contacts', { name: 'Ada' })).body.data;
  const patched = await api.patch(`/contacts/${contact.id}`, { custom_fields: [{ slug: 'role', value: 'Buyer' }] });
  assert.equal(patched.status, 200, patched.text);
  assert.deepEqual((await api.get(`/contacts/${contact.id}`)).body.data.custom_fields, {
    role: { slug: 'role', value: 'Buyer' },
  });
  assert.equal(
    (await api.patch(`/contacts/${contact.id}`, { custom_fields: [{ slug: 'plan', value: 'pro' }] })).status,
    400,
  );
});
