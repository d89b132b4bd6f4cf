import assert from 'node:assert/strict';
import { test } from 'node:test';
import { build } from '../helpers/build.js';
import { createIssue } from '../helpers/factories.js';

test('POST /teams creates a team with its members, readable by id and listed', async (t) => {
  const { api, userId, member } = await build(t);
  const other = await member();
  const res = await api.post('/teams', { name: ' Tier 2 ', user_ids: [other.userId, userId, other.userId] });
  assert.equal(res.status, 200, res.text);
  const team = res.body.data;
  assert.equal(team.name, 'Tier 2');
  assert.deepEqual(
    team.users.map((u: { id: string }) => u.id),
    [other.userId, userId],
  );
  assert.ok(team.users.every((u: { email: string }) => u.email.includes('@')));
  const read = await api.get(`/teams/${team.id}`);
  assert.equal(read.status, 200);
  assert.deepEqual(read.body.data, team);
  const list = await api.get('/teams');
  assert.deepEqual(list.body.data, [team]);
  assert.equal(list.body.pagination.has_next_page, false);
});

test('GET /teams pages through every team', async (t) => {
  const { api } = await build(t);
  const ids: string[] = [];
  for (let i = 0; i < 5; i++) ids.push((await api.post('/teams', { name: `T${i}` })).body.data.id);
  const seen: string[] = [];
  let cursor = '';
  do {
    const res = await api.get(`/teams?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
    assert.equal(res.status, 200, res.text);
    seen.push(...res.body.data.map((team: { id: string }) => team.id));
    cursor = res.body.pagination.has_next_page ? res.body.pagination.cursor : '';
  } while (cursor);
  assert.deepEqual(seen, ids);
});

test('PATCH /teams/{id} renames and replaces the membership exactly; omitted fields stay', async (t) => {
  const { api, userId, member } = await build(t);
  const other = await member();
  const team = (await api.post('/teams', { name: 'Support', user_ids: [userId] })).body.data;
  const renamed = await api.patch(`/teams/${team.id}`, { name: 'Support EU' });
  assert.equal(renamed.status, 200, renamed.text);
  assert.deepEqual(renamed.body.data.users, team.users);
  const replaced = await api.patch(`/teams/${team.id}`, { user_ids: [other.userId] });
  assert.equal(replaced.body.data.name, 'Support EU');
  assert.deepEqual(
    replaced.body.data.users.map((u: { id: string }) => u.id),
    [other.userId],
  );
  const emptied = await api.patch(`/teams/${team.id}`, { user_ids: [] });
  assert.deepEqual(emptied.body.data.users, []);
  assert.deepEqual((await api.get(`/teams/${team.id}`)).body.data, { id: team.id, name: 'Support EU', users: [] });
});

test('teams: each rule answers 400 or 404, and nothing is stored', async (t) => {
  const { api } = await build(t);
  assert.equal((await api.post('/teams', { name: '  ' })).status, 400);
  assert.equal((await api.post('/teams', { user_ids: [] })).status, 400);
  assert.equal((await api.post('/teams', { name: 'X'.repeat(201) })).status, 400);
  const unknownUser = await api.post('/teams', { name: 'Ghosts', user_ids: ['nobody'] });
  assert.equal(unknownUser.status, 404);
  assert.deepEqual((await api.get('/teams')).body.data, []);
  const team = (await api.post('/teams', { name: 'Real' })).body.data;
  assert.equal((await api.patch(`/teams/${team.id}`, { name: '' })).status, 400);
  assert.equal((await api.patch(`/teams/${team.id}`, { user_ids: ['nobody'] })).status, 404);
  assert.equal((await api.get(`/teams/${team.id}`)).body.data.name, 'Real');
  assert.equal((await api.get('/teams/nothing')).status, 404);
  assert.equal((await api.patch('/teams/nothing', { name: 'Y' })).status, 404);
});

test('teams record team.created and team.updated events and audit entries', async (t) => {
  const { api } = await build(t);
  const team = (await api.post('/teams', { name: 'Ops' })).body.data;
  await api.patch(`/teams/${team.id}`, { name: 'Ops 2' });
  const events = (await api.get('/events')).body.data.filter((e: { type: string }) => e.type.startsWith('team.'));
  assert.deepEqual(
    events.map((e: { type: string; data: { team: { name: string } } }) => [e.type, e.data.team.name]),
    [
      ['team.created', 'Ops'],
      ['team.updated', 'Ops 2'],
    ],
  );
  const audit = (await api.get('/audit-logs')).body.data.filter((e: { object_id: string }) => e.object_id === team.id);
  assert.deepEqual(audit.map((e: { action: string }) => e.action).sort(), ['team.created', 'team.updated']);
});

test("another workspace's token gets 404 for a team, and its users cannot join", async (t) => {
  const { api, userId, otherWorkspace } = await build(t);
  const team = (await api.post('/teams', { name: 'Mine' })).body.data;
  const other = await otherWorkspace();
  assert.equal((await other.api.get(`/teams/${team.id}`)).status, 404);
  assert.equal((await other.api.patch(`/teams/${team.id}`, { name: 'Theirs' })).status, 404);
  assert.deepEqual((await other.api.get('/teams')).body.data, []);
  assert.equal((await other.api.post('/teams', { name: 'X', user_ids: [userId] })).status, 404);
  assert.equal((await api.get(`/teams/${team.id}`)).body.data.name, 'Mine');
});

test('a member may read teams but not create or change them (403)', async (t) => {
  const { api, member } = await build(t);
  const team = (await api.post('/teams', { name: 'Mine' })).body.data;
  const { api: memberApi } = await member();
  assert.equal((await memberApi.get('/teams')).status, 200);
  assert.equal((await memberApi.get(`/teams/${team.id}`)).status, 200);
  assert.equal((await memberApi.post('/teams', { name: 'Nope' })).status, 403);
  assert.equal((await memberApi.patch(`/teams/${team.id}`, { name: 'Nope' })).status, 403);
  assert.equal((await api.get(`/teams/${team.id}`)).body.data.name, 'Mine');
});

test('an issue\'s team_id must name a team of the workspace; "" unassigns', async (t) => {
  const { api, otherWorkspace } = await build(t);
  const team = (await api.post('/teams', { name: 'Tier 1' })).body.data;
  assert.equal(
    (await api.post('/issues', { title: 'x', body_html: 'y', requester_email: 'a@example.com', team_id: 'nope' }))
      .status,
    404,
  );
  const issue = await createIssue(api, { team_id: team.id });
  assert.deepEqual(issue.team, { id: team.id });
  assert.equal((await api.patch(`/issues/${issue.id}`, { team_id: 'nope' })).status, 404);
  const theirs = (await (await otherWorkspace()).api.post('/teams', { name: 'Theirs' })).body.data;
  assert.equal((await api.patch(`/issues/${issue.id}`, { team_id: theirs.id })).status, 404);
  assert.deepEqual((await api.get(`/issues/${issue.id}`)).body.data.team, { id: team.id });
  const cleared = await api.patch(`/issues/${issue.id}`, { team_id: '' });
  assert.equal(cleared.status, 200, cleared.text);
  assert.equal((await api.get(`/issues/${issue.id}`)).body.data.team, undefined);
});
