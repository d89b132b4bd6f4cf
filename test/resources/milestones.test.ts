import assert from 'node:assert/strict';
import { test } from 'node:test';
import { build } from '../helpers/build.js';
import { createAccount, createMilestone, createProject, createTask } from '../helpers/factories.js';

test('milestones: create, read, update and delete', async (t) => {
  const { api } = await build(t);
  const project = await createProject(api);
  const created = await createMilestone(api, {
    project_id: project.id,
    name: ' Go-live ',
    due_date: '2026-05-01T12:00:00+02:00',
  });
  assert.equal(created.name, 'Go-live');
  assert.deepEqual(created.project, { id: project.id });
  assert.equal((created.account as { id: string }).id, project.account.id);
  assert.equal(created.due_date, '2026-05-01T10:00:00.000Z');
  assert.deepEqual((await api.get(`/milestones/${created.id}`)).body.data, created);

  const updated = await api.patch(`/milestones/${created.id}`, { name: 'Launch', due_date: '' });
  assert.equal(updated.status, 200, updated.text);
  assert.equal(updated.body.data.name, 'Launch');
  assert.equal(updated.body.data.due_date, undefined);
  assert.deepEqual((await api.get(`/milestones/${created.id}`)).body.data, updated.body.data);

  const task = await createTask(api, { milestone_id: created.id });
  assert.equal((await api.delete(`/milestones/${created.id}`)).status, 200);
  assert.equal((await api.get(`/milestones/${created.id}`)).status, 404);
  const after = (await api.get(`/tasks/${task.id}`)).body.data;
  assert.equal(after.milestone, undefined);
  assert.deepEqual(after.project, { id: project.id });
  const types = ((await api.get('/events?limit=1000')).body.data as { type: string }[]).map((e) => e.type);
  for (const type of ['milestone.created', 'milestone.updated', 'milestone.deleted']) assert.ok(types.includes(type));
});

test('milestones: an account of its own, and each rule answers 400 or 404', async (t) => {
  const { api } = await build(t);
  const project = await createProject(api);
  const account = await createAccount(api, { name: 'Partner' });
  const own = await createMilestone(api, { project_id: project.id, account_id: account.id });
  assert.equal((own.account as { id: string }).id, account.id);
  const post = (body: Record<string, unknown>) =>
    api.post('/milestones', { name: 'M', project_id: project.id, ...body });
  assert.equal((await post({ name: '' })).status, 400);
  assert.equal((await api.post('/milestones', { name: 'M' })).status, 400);
  assert.equal((await post({ project_id: 'nope' })).status, 404);
  assert.equal((await post({ account_id: 'nope' })).status, 404);
  assert.equal((await post({ due_date: '2026-05-01' })).status, 400);
  assert.equal((await api.patch(`/milestones/${own.id}`, { name: ' ' })).status, 400);
  assert.equal((await api.patch(`/milestones/${own.id}`, { due_date: 'soon' })).status, 400);
  assert.equal((await api.patch('/milestones/nothing', { name: 'X' })).status, 404);
  assert.equal((await api.get('/milestones/nothing')).status, 404);
  assert.equal((await api.delete('/milestones/nothing')).status, 404);
});

test("milestones: another workspace's token gets 404, and a member may do the daily work", async (t) => {
  const { api, otherWorkspace, member } = await build(t);
  const milestone = await createMilestone(api);
  const other = await otherWorkspace();
  assert.equal((await other.api.get(`/milestones/${milestone.id}`)).status, 404);
  assert.equal((await other.api.patch(`/milestones/${milestone.id}`, { name: 'X' })).status, 404);
  assert.equal((await other.api.delete(`/milestones/${milestone.id}`)).status, 404);
  assert.equal((await other.api.post('/milestones', { name: 'M', project_id: milestone.project.id })).status, 404);
  const m = await member();
  const own = await createMilestone(m.api, { project_id: milestone.project.id });
  assert.equal((await m.api.patch(`/milestones/${own.id}`, { name: 'Mine' })).status, 200);
  assert.equal((await m.api.delete(`/milestones/${own.id}`)).status, 200);
});
