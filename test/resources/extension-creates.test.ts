import assert from 'node:assert/strict';
import { test } from 'node:test';
import { build } from '../helpers/build.js';
import { createAccount } from '../helpers/factories.js';

const FORM = {
  name: 'Report a bug',
  slug: 'report-a-bug',
  is_public: true,
  description_html: '<p>Tell us <b>what</b> happened.</p><script>alert(1)</script>',
  fields: [
    { slug: 'title', name: 'Subject', type: 'text' },
    { slug: 'body_html', name: 'Details', type: 'rich_text', description_html: '<p>Steps</p>' },
  ],
};

test('POST /ticket-forms → GET by id → listed; HTML sanitized; event and audit entry', async (t) => {
  const { api } = await build(t);
  const res = await api.post('/ticket-forms', FORM);
  assert.equal(res.status, 200, res.text);
  const form = res.body.data;
  assert.equal(form.name, 'Report a bug');
  assert.equal(form.slug, 'report-a-bug');
  assert.equal(form.is_public, true);
  assert.equal(form.description_html, '<p>Tell us <b>what</b> happened.</p>');
  assert.match(form.url, /\/forms\/report-a-bug$/);
  assert.deepEqual(form.fields, [
    { slug: 'title', name: 'Subject', type: 'text', description_html: '' },
    { slug: 'body_html', name: 'Details', type: 'rich_text', description_html: '<p>Steps</p>' },
  ]);
  assert.deepEqual((await api.get(`/ticket-forms/${form.id}`)).body.data, form);
  assert.deepEqual((await api.get('/ticket-forms')).body.data, [form]);
  const minimal = await api.post('/ticket-forms', { name: 'Billing', slug: 'billing' });
  assert.equal(minimal.body.data.is_public, false);
  assert.deepEqual(minimal.body.data.fields, []);
  const events = (await api.get('/events?limit=1000')).body.data.map((e: { type: string }) => e.type);
  assert.equal(events.filter((type: string) => type === 'ticket_form.created').length, 2);
  const audit = (await api.get('/audit-logs')).body.data;
  assert.ok(
    audit.some(
      (e: { action: string; object_id: string }) => e.action === 'ticket_form.created' && e.object_id === form.id,
    ),
  );
});

test('POST /ticket-forms: duplicate slug → 400 exists_id; rules → 400; member → 403; per workspace', async (t) => {
  const built = await build(t);
  const { api } = built;
  const form = (await api.post('/ticket-forms', FORM)).body.data;
  const again = await api.post('/ticket-forms', { name: 'Other', slug: 'report-a-bug' });
  assert.equal(again.status, 400);
  assert.equal(again.body.exists_id, form.id);
  const bad = [
    { name: '', slug: 'x' },
    { name: 'X', slug: 'Has Spaces' },
    { name: 'X' },
    {
      name: 'X',
      slug: 'y',
      fields: [
        { slug: 'a', name: 'A' },
        { slug: 'a', name: 'B' },
      ],
    },
    { name: 'X', slug: 'z', fields: [{ slug: 'a', name: ' ' }] },
    { name: 'X', slug: 'w', fields: [{ slug: 'a', name: 'A', type: 'Bad Type' }] },
  ];
  for (const body of bad) assert.equal((await api.post('/ticket-forms', body)).status, 400, JSON.stringify(body));
  const member = await built.member();
  assert.equal((await member.api.post('/ticket-forms', { name: 'M', slug: 'm' })).status, 403);
  const other = await built.otherWorkspace();
  assert.equal((await other.api.get(`/ticket-forms/${form.id}`)).status, 404);
  const theirs = await other.api.post('/ticket-forms', { name: 'Theirs', slug: 'report-a-bug' });
  assert.equal(theirs.status, 200, 'a slug is unique per workspace only');
  assert.equal((await api.get('/ticket-forms')).body.data.length, 1);
});

test('POST /activity-types → listed beside the built-in set → an activity logs it', async (t) => {
  const { api } = await build(t);
  const res = await api.post('/activity-types', {
    slug: 'qbr',
    label: 'Quarterly review',
    icon_url: 'https://x.example/i.png',
  });
  assert.equal(res.status, 200, res.text);
  const type = res.body.data;
  assert.deepEqual(
    { ...type, id: undefined },
    { id: undefined, slug: 'qbr', label: 'Quarterly review', icon_url: 'https://x.example/i.png' },
  );
  const slugs = (await api.get('/activity-types')).body.data.map((t: { slug: string }) => t.slug);
  assert.ok(slugs.includes('qbr') && slugs.includes('call'), slugs.join());
  assert.ok((await api.get('/activity-types')).body.data.some((t: { id: string }) => t.id === type.id));
  const account = await createAccount(api);
  assert.equal((await api.post(`/accounts/${account.id}/activities`, { slug: 'qbr' })).status, 200);
  const events = (await api.get('/events?limit=1000')).body.data.map((e: { type: string }) => e.type);
  assert.ok(events.includes('activity_type.created'));
  const audit = (await api.get('/audit-logs')).body.data.map((e: { action: string }) => e.action);
  assert.ok(audit.includes('activity_type.created'));
});

test('POST /activity-types: duplicate (built-in too) → exists_id; rules → 400; member → 403', async (t) => {
  const built = await build(t);
  const { api } = built;
  const made = (await api.post('/activity-types', { slug: 'demo', label: 'Demo' })).body.data;
  const again = await api.post('/activity-types', { slug: 'demo', label: 'Again' });
  assert.equal(again.status, 400);
  assert.equal(again.body.exists_id, made.id);
  const call = (await api.get('/activity-types')).body.data.find((t: { slug: string }) => t.slug === 'call');
  const builtIn = await api.post('/activity-types', { slug: 'call', label: 'Phone call' });
  assert.equal(builtIn.status, 400);
  assert.equal(builtIn.body.exists_id, call.id);
  const bad = [
    { slug: 'Bad Slug', label: 'x' },
    { slug: 'ok', label: '' },
    { slug: 'ok' },
    { slug: 'ok', label: 'x', icon_url: 'ftp://x' },
  ];
  for (const body of bad) assert.equal((await api.post('/activity-types', body)).status, 400, JSON.stringify(body));
  const member = await built.member();
  assert.equal((await member.api.post('/activity-types', { slug: 'm', label: 'M' })).status, 403);
  const other = await built.otherWorkspace();
  const otherSlugs = (await other.api.get('/activity-types')).body.data.map((t: { slug: string }) => t.slug);
  assert.ok(!otherSlugs.includes('demo'));
  assert.equal((await other.api.post('/activity-types', { slug: 'demo', label: 'Theirs' })).status, 200);
});
