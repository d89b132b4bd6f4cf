import assert from 'node:assert/strict';
import { test } from 'node:test';
import { build } from '../helpers/build.js';
import type { Api } from '../helpers/build.js';
import { createAccount, createContact } from '../helpers/factories.js';

async function createSurvey(api: Api, fields: Record<string, unknown> = {}) {
  const res = await api.post('/surveys', { name: 'Support CSAT', type: 'csat', ...fields });
  assert.equal(res.status, 200, res.text);
  return res.body.data as { id: string; name: string; type: string; updated_at: string };
}

async function respond(api: Api, surveyId: string, fields: Record<string, unknown> = {}) {
  const res = await api.post(`/surveys/${surveyId}/responses`, {
    answers: [{ prompt: 'How did we do?', question_type: 'score', value: '5' }],
    ...fields,
  });
  assert.equal(res.status, 200, res.text);
  return res.body.data as { id: string; [k: string]: unknown };
}

const eventTypes = async (api: Api) =>
  (await api.get('/events?limit=1000')).body.data.map((e: { type: string }) => e.type);

test('POST /surveys creates a survey readable by id and listed; announced and audited', async (t) => {
  const { api } = await build(t);
  const res = await api.post('/surveys', { name: ' Quarterly NPS ', type: 'nps' });
  assert.equal(res.status, 200, res.text);
  const survey = res.body.data;
  assert.deepEqual(
    { ...survey, id: undefined, updated_at: undefined },
    {
      id: undefined,
      updated_at: undefined,
      name: 'Quarterly NPS',
      type: 'nps',
    },
  );
  assert.deepEqual((await api.get(`/surveys/${survey.id}`)).body.data, survey);
  const csat = await createSurvey(api);
  assert.deepEqual((await api.get('/surveys')).body.data, [survey, csat]);
  assert.ok((await eventTypes(api)).includes('survey.created'));
  const actions = (await api.get('/audit-logs')).body.data.map((e: { action: string }) => e.action);
  assert.ok(actions.includes('survey.created'));
});

test('POST /surveys: rules are 400s; a member gets 403; surveys stay in their workspace', async (t) => {
  const { api, member, otherWorkspace } = await build(t);
  assert.equal((await api.post('/surveys', { name: ' ', type: 'nps' })).status, 400);
  assert.equal((await api.post('/surveys', { name: 'x', type: 'ces' })).status, 400);
  assert.equal((await api.post('/surveys', { type: 'nps' })).status, 400);
  const { api: memberApi } = await member();
  assert.equal((await memberApi.post('/surveys', { name: 'x', type: 'nps' })).status, 403);
  assert.deepEqual((await api.get('/surveys')).body.data, []);
  const survey = await createSurvey(api);
  assert.equal((await memberApi.get(`/surveys/${survey.id}`)).status, 200);
  const other = await otherWorkspace();
  assert.equal((await other.api.get(`/surveys/${survey.id}`)).status, 404);
  assert.equal((await other.api.get(`/surveys/${survey.id}/responses`)).status, 404);
  assert.equal((await other.api.post(`/surveys/${survey.id}/responses`, { answers: [] })).status, 404);
  assert.deepEqual((await other.api.get('/surveys')).body.data, []);
  assert.deepEqual((await other.api.post('/surveys/search', {})).body.data, []);
  assert.equal((await api.get('/surveys/missing')).status, 404);
});

test('POST /surveys/search filters on updated_at with the operators its description lists', async (t) => {
  const { api } = await build(t);
  const first = await createSurvey(api, { name: 'First' });
  await new Promise((resolve) => setTimeout(resolve, 5));
  const second = await createSurvey(api, { name: 'Second' });
  const search = async (filter?: unknown) => {
    const res = await api.post('/surveys/search', filter === undefined ? {} : { filter });
    assert.equal(res.status, 200, res.text);
    return res.body.data.map((s: { id: string }) => s.id);
  };
  assert.deepEqual(await search(), [first.id, second.id]);
  assert.deepEqual(await search({ field: 'updated_at', operator: 'time_is_after', value: first.updated_at }), [
    second.id,
  ]);
  assert.deepEqual(await search({ field: 'updated_at', operator: 'time_is_before', value: second.updated_at }), [
    first.id,
  ]);
  const range = { field: 'updated_at', operator: 'time_range', values: ['2000-01-01T00:00:00Z', first.updated_at] };
  assert.deepEqual(await search(range), [first.id]);
  const refused = async (filter: unknown) =>
    assert.equal((await api.post('/surveys/search', { filter })).status, 400, JSON.stringify(filter));
  await refused({ field: 'name', operator: 'equals', value: 'First' });
  await refused({ field: 'updated_at', operator: 'equals', value: first.updated_at });
  await refused({ field: 'updated_at', operator: 'time_is_after', value: 'yesterday' });
});

test('POST /surveys/{id}/responses records a response read back by GET, announced', async (t) => {
  const { api } = await build(t);
  const survey = await createSurvey(api);
  const account = await createAccount(api);
  const contact = await createContact(api, { account_id: account.id });
  const recorded = await respond(api, survey.id, {
    contact_id: contact.id,
    submitted_at: '2024-05-01T10:00:00Z',
    answers: [
      { prompt: 'How did we do?', question_type: 'score', value: ' 4 ' },
      { prompt: 'Anything else?', question_type: 'comment', value: 'Quick and kind.' },
    ],
  });
  assert.deepEqual(
    { ...recorded, id: undefined },
    {
      id: undefined,
      account_id: account.id,
      contact_id: contact.id,
      submitted_at: '2024-05-01T10:00:00.000Z',
      answers: [
        { prompt: 'How did we do?', question_type: 'score', value: '4' },
        { prompt: 'Anything else?', question_type: 'comment', value: 'Quick and kind.' },
      ],
    },
  );
  const listed = await api.get(`/surveys/${survey.id}/responses`);
  assert.equal(listed.status, 200, listed.text);
  assert.deepEqual(listed.body.data, [recorded]);
  assert.deepEqual(listed.body.pagination, { cursor: '', has_next_page: false });
  assert.ok((await eventTypes(api)).includes('survey_response.created'));
  const anonymous = await respond(api, survey.id);
  assert.equal(anonymous.account_id, undefined);
  assert.equal(anonymous.contact_id, undefined);
  assert.ok(anonymous.submitted_at);
});

test('POST /surveys/{id}/responses: scores fit the survey type; unknown contact or account is a 404', async (t) => {
  const { api, member } = await build(t);
  const csat = await createSurvey(api);
  const nps = await createSurvey(api, { name: 'NPS', type: 'nps' });
  const custom = await createSurvey(api, { name: 'Custom', type: 'custom' });
  const score = (value: string) => ({ answers: [{ question_type: 'score', value }] });
  const post = (id: string, body: unknown) => api.post(`/surveys/${id}/responses`, body);
  assert.equal((await post(csat.id, score('6'))).status, 400);
  assert.equal((await post(csat.id, score('0'))).status, 400);
  assert.equal((await post(nps.id, score('11'))).status, 400);
  assert.equal((await post(nps.id, score('great'))).status, 400);
  assert.equal((await post(nps.id, score('0'))).status, 200);
  assert.equal((await post(custom.id, score('42'))).status, 200);
  assert.equal((await post(csat.id, { answers: [] })).status, 400);
  assert.equal((await post(csat.id, {})).status, 400);
  assert.equal((await post(csat.id, { answers: [{ question_type: 'emoji', value: ':)' }] })).status, 400);
  assert.equal((await post(csat.id, { ...score('3'), submitted_at: 'last week' })).status, 400);
  assert.equal((await post(csat.id, { ...score('3'), contact_id: 'no-contact' })).status, 404);
  assert.equal((await post(csat.id, { ...score('3'), account_id: 'no-account' })).status, 404);
  assert.equal((await post('missing', score('3'))).status, 404);
  assert.deepEqual((await api.get(`/surveys/${csat.id}/responses`)).body.data, []);
  const { api: memberApi } = await member();
  assert.equal((await memberApi.post(`/surveys/${csat.id}/responses`, score('5'))).status, 200);
});

test('GET /surveys/{id}/responses filters by time, account and contact, and pages', async (t) => {
  const { api } = await build(t);
  const survey = await createSurvey(api);
  const acme = await createAccount(api, { name: 'Acme' });
  const globex = await createAccount(api, { name: 'Globex' });
  const ada = await createContact(api, { account_id: acme.id });
  const may = await respond(api, survey.id, { contact_id: ada.id, submitted_at: '2024-05-01T10:00:00Z' });
  const june = await respond(api, survey.id, { account_id: globex.id, submitted_at: '2024-06-01T10:00:00.5Z' });
  const july = await respond(api, survey.id, { account_id: acme.id, submitted_at: '2024-07-01T10:00:00Z' });
  const ids = async (query: string) => {
    const res = await api.get(`/surveys/${survey.id}/responses${query}`);
    assert.equal(res.status, 200, res.text);
    return res.body.data.map((r: { id: string }) => r.id);
  };
  assert.deepEqual(await ids(''), [may.id, june.id, july.id]);
  assert.deepEqual(await ids('?submitted_after=2024-05-15T00:00:00Z'), [june.id, july.id]);
  assert.deepEqual(await ids('?submitted_before=2024-06-15T00:00:00.000Z'), [may.id, june.id]);
  assert.deepEqual(await ids(`?account_id=${acme.id}`), [may.id, july.id]);
  assert.deepEqual(await ids(`?contact_id=${ada.id}`), [may.id]);
  assert.deepEqual(await ids(`?account_id=${globex.id}&submitted_after=2024-06-15T00:00:00Z`), []);
  const first = await api.get(`/surveys/${survey.id}/responses?limit=2`);
  assert.equal(first.body.pagination.has_next_page, true);
  assert.deepEqual(await ids(`?limit=2&cursor=${first.body.pagination.cursor}`), [july.id]);
  assert.equal((await api.get(`/surveys/${survey.id}/responses?submitted_after=soon`)).status, 400);
  assert.equal((await api.get(`/surveys/${survey.id}/responses?limit=0`)).status, 400);
  assert.equal((await api.get(`/surveys/${survey.id}/responses?cursor=bogus`)).status, 400);
  assert.equal((await api.get('/surveys/missing/responses')).status, 404);
});

test("a deleted contact's responses stay, without the link to the contact", async (t) => {
  const { api } = await build(t);
  const survey = await createSurvey(api);
  const contact = await createContact(api);
  const recorded = await respond(api, survey.id, { contact_id: contact.id });
  assert.equal(recorded.contact_id, contact.id);
  assert.equal((await api.delete(`/contacts/${contact.id}`)).status, 200);
  const [stored] = (await api.get(`/surveys/${survey.id}/responses`)).body.data;
  const { contact_id: _gone, ...rest } = recorded;
  assert.deepEqual(stored, rest);
});
