import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import { build, type Api } from '../helpers/build.js';
import { createAccount, createIssue } from '../helpers/factories.js';

async function importCall(api: Api, fields: Record<string, unknown> = {}) {
  const res = await api.post('/call-recordings', {
    title: 'Onboarding call',
    source: 'gong',
    start_time: '2025-03-01T10:00:00Z',
    end_time: '2025-03-01T10:30:00.500Z',
    participant_emails: ['ana@customer.example', 'rep@vendor.example'],
    external_id: randomUUID(),
    ...fields,
  });
  assert.equal(res.status, 200, res.text);
  return res.body.data as Record<string, any> & { id: string };
}

test('POST /call-recordings → GET → PATCH → search → DELETE', async (t) => {
  const { api } = await build(t);
  const account = await createAccount(api);
  const call = await importCall(api, { account_id: account.id, url: 'https://gong.example/c/1', summary: 'Went well' });
  assert.equal(call.title, 'Onboarding call');
  assert.equal(call.source, 'gong');
  assert.equal(call.start_time, '2025-03-01T10:00:00.000Z');
  assert.equal(call.duration_ms, 1_800_500, 'the duration defaults to end − start');
  assert.deepEqual(call.participant_emails, ['ana@customer.example', 'rep@vendor.example']);
  assert.equal(call.account_id, account.id);
  assert.equal(call.summary, 'Went well');
  assert.equal(call.url, 'https://gong.example/c/1');
  assert.deepEqual((await api.get(`/call-recordings/${call.id}`)).body.data, call);

  const moved = await api.patch(`/call-recordings/${call.id}`, { account_id: '' });
  assert.equal(moved.status, 200, moved.text);
  assert.equal(moved.body.data.account_id, undefined);
  assert.equal((await api.get(`/call-recordings/${call.id}`)).body.data.account_id, undefined);
  const back = await api.patch(`/call-recordings/${call.id}`, { account_id: account.id });
  assert.equal(back.body.data.account_id, account.id);

  const found = await api.post('/call-recordings/search', {
    filter: { field: 'source', operator: 'equals', value: 'gong' },
  });
  assert.equal(found.status, 200, found.text);
  assert.deepEqual(
    found.body.data.map((c: { id: string }) => c.id),
    [call.id],
  );

  assert.equal((await api.delete(`/call-recordings/${call.id}`)).status, 200);
  assert.equal((await api.get(`/call-recordings/${call.id}`)).status, 404);
  assert.equal((await api.delete(`/call-recordings/${call.id}`)).status, 404);
  const types = (await api.get('/events?limit=1000')).body.data.map((e: { type: string }) => e.type);
  for (const type of ['call_recording.created', 'call_recording.updated', 'call_recording.deleted']) {
    assert.ok(types.includes(type), type);
  }
  const actions = (await api.get('/audit-logs')).body.data.map((e: { action: string }) => e.action);
  assert.ok(actions.includes('call_recording.created') && actions.includes('call_recording.deleted'));
});

test('a deleted recording leaves no word of its transcript or summary in any event', async (t) => {
  const { api } = await build(t);
  const secret = `SECRET-${randomUUID()}`;
  const call = await importCall(api, { summary: secret, transcript_segments: [{ speaker: 'Ana', text: secret }] });
  await api.delete(`/call-recordings/${call.id}`);
  const events = await api.get('/events?limit=1000');
  assert.ok(!events.text.includes(secret));
});

test('POST /call-recordings: rules → 400/404; the same external id from the same source → exists_id', async (t) => {
  const { api } = await build(t);
  const call = await importCall(api, { external_id: 'rec-1' });
  const again = await api.post('/call-recordings', { title: 'Again', source: 'gong', external_id: 'rec-1' });
  assert.equal(again.status, 400);
  assert.equal(again.body.exists_id, call.id);
  await importCall(api, { source: 'fathom', external_id: 'rec-1' });
  const bad: [Record<string, unknown>, number][] = [
    [{ title: '' }, 400],
    [{}, 400],
    [{ title: 'x', source: 'Not A Source' }, 400],
    [{ title: 'x', start_time: 'yesterday' }, 400],
    [{ title: 'x', start_time: '2025-03-01T10:00:00Z', end_time: '2025-03-01T09:00:00Z' }, 400],
    [{ title: 'x', duration_ms: -1 }, 400],
    [{ title: 'x', participant_emails: ['not-an-email'] }, 400],
    [{ title: 'x', url: 'javascript:alert(1)' }, 400],
    [{ title: 'x', account_id: 'nope' }, 404],
    [{ title: 'x', issue_id: 'nope' }, 404],
  ];
  for (const [body, status] of bad)
    assert.equal((await api.post('/call-recordings', body)).status, status, JSON.stringify(body));
  const joined = await importCall(api, { participant_emails: 'a@x.example, B@x.example', source: null });
  assert.deepEqual(joined.participant_emails, ['a@x.example', 'b@x.example']);
  assert.equal(joined.source, 'custom_call_recorder');
});

test('PATCH /call-recordings/{id}: unknown account → 404; a custom field → 400; nothing → as is', async (t) => {
  const { api } = await build(t);
  const call = await importCall(api);
  assert.equal((await api.patch(`/call-recordings/${call.id}`, { account_id: 'nope' })).status, 404);
  const custom = await api.patch(`/call-recordings/${call.id}`, { custom_fields: [{ slug: 'tier', value: 'x' }] });
  assert.equal(custom.status, 400);
  const same = await api.patch(`/call-recordings/${call.id}`, {});
  assert.deepEqual(same.body.data, call);
  assert.equal((await api.patch('/call-recordings/nope', {})).status, 404);
});

test('POST /call-recordings/search: each field with its operators; others → 400', async (t) => {
  const { api } = await build(t);
  const account = await createAccount(api);
  const a = await importCall(api, {
    title: 'Quarterly review',
    account_id: account.id,
    start_time: '2025-01-10T00:00:00Z',
    end_time: null,
  });
  const b = await importCall(api, {
    title: 'Bug triage',
    source: 'fathom',
    start_time: '2025-02-10T00:00:00Z',
    end_time: null,
  });
  const c = await importCall(api, { title: 'No time', start_time: null, end_time: null });
  const search = async (filter: unknown) => {
    const res = await api.post('/call-recordings/search', { filter });
    assert.equal(res.status, 200, res.text);
    return res.body.data.map((r: { id: string }) => r.id);
  };
  assert.deepEqual(await search({ field: 'account_id', operator: 'equals', value: account.id }), [a.id]);
  assert.deepEqual(await search({ field: 'account_id', operator: 'is_unset' }), [b.id, c.id]);
  assert.deepEqual(await search({ field: 'source', operator: 'not_in', values: ['gong'] }), [b.id]);
  assert.deepEqual(await search({ field: 'title', operator: 'string_contains', value: 'review' }), [a.id]);
  assert.deepEqual(await search({ field: 'start_time', operator: 'time_is_after', value: '2025-02-01T00:00:00Z' }), [
    b.id,
  ]);
  const range = {
    field: 'start_time',
    operator: 'time_range',
    values: ['2025-01-01T00:00:00Z', '2025-01-31T00:00:00Z'],
  };
  assert.deepEqual(await search(range), [a.id]);
  const page = await api.post('/call-recordings/search', { limit: 2 });
  assert.equal(page.body.pagination.has_next_page, true);
  const rest = await api.post('/call-recordings/search', { limit: 2, cursor: page.body.pagination.cursor });
  assert.deepEqual(
    rest.body.data.map((r: { id: string }) => r.id),
    [c.id],
  );
  const refused = [
    { field: 'title', operator: 'in', values: ['x'] },
    { field: 'summary', operator: 'equals', value: 'x' },
    { field: 'source', operator: 'string_contains', value: 'g' },
  ];
  for (const filter of refused) assert.equal((await api.post('/call-recordings/search', { filter })).status, 400);
});

test('GET /issues/{id}/voice-calls: the recordings of the issue, by id or number, with transcripts', async (t) => {
  const { api } = await build(t);
  const issue = await createIssue(api);
  assert.deepEqual((await api.get(`/issues/${issue.id}/voice-calls`)).body.data, []);
  const call = await importCall(api, {
    issue_id: String(issue.number),
    url: 'https://phone.example/rec/1.mp3',
    transcript_segments: [
      { speaker: 'Customer', text: 'It is down.' },
      { speaker: 'Agent', text: 'Looking now.' },
    ],
  });
  await importCall(api);
  for (const id of [issue.id, String(issue.number)]) {
    const res = await api.get(`/issues/${id}/voice-calls`);
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(res.body.data, [
      {
        id: call.id,
        created_at: call.created_at,
        duration_sec: 1801,
        recordings: [
          {
            id: call.id,
            download_url: 'https://phone.example/rec/1.mp3',
            transcript_segments: [
              { speaker: 'Customer', text: 'It is down.' },
              { speaker: 'Agent', text: 'Looking now.' },
            ],
          },
        ],
      },
    ]);
  }
  assert.equal((await api.get('/issues/nope/voice-calls')).status, 404);
  await api.delete(`/call-recordings/${call.id}`);
  assert.deepEqual((await api.get(`/issues/${issue.id}/voice-calls`)).body.data, []);
});

test('call recordings: a member reads and updates, cannot import or delete (403); others → 404', async (t) => {
  const built = await build(t);
  const issue = await createIssue(built.api);
  const call = await importCall(built.api, { issue_id: issue.id });
  const member = await built.member();
  assert.equal((await member.api.post('/call-recordings', { title: 'x' })).status, 403);
  assert.equal((await member.api.delete(`/call-recordings/${call.id}`)).status, 403);
  assert.equal((await member.api.get(`/call-recordings/${call.id}`)).status, 200);
  assert.equal((await member.api.patch(`/call-recordings/${call.id}`, {})).status, 200);
  assert.equal((await member.api.get(`/issues/${issue.id}/voice-calls`)).body.data.length, 1);

  const other = await built.otherWorkspace();
  assert.equal((await other.api.get(`/call-recordings/${call.id}`)).status, 404);
  assert.equal((await other.api.patch(`/call-recordings/${call.id}`, {})).status, 404);
  assert.equal((await other.api.delete(`/call-recordings/${call.id}`)).status, 404);
  assert.equal((await other.api.get(`/issues/${issue.id}/voice-calls`)).status, 404);
  assert.deepEqual((await other.api.post('/call-recordings/search', {})).body.data, []);
  assert.equal((await other.api.post('/call-recordings', { title: 'x', issue_id: issue.id })).status, 404);
});
