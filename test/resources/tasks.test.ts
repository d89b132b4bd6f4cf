import assert from 'node:assert/strict';
import { test } from 'node:test';
import { build } from '../helpers/build.js';
import { createAccount, createMilestone, createProject, createTask } from '../helpers/factories.js';

test('tasks: create, read, update, list and delete', async (t) => {
  const { api, userId } = await build(t);
  const milestone = await createMilestone(api);
  const created = await createTask(api, {
    title: ' Ship the SDK ',
    body_html: '<p>Details</p><img src="javascript:alert(1)">',
    milestone_id: milestone.id,
    assignee_id: userId,
    status: 'in_progress',
    due_date: '2026-04-01T09:30:00Z',
    customer_portal_visible: true,
  });
  assert.equal(created.title, 'Ship the SDK');
  assert.equal(created.body_html, '<p>Details</p><img />');
  assert.equal(created.status, 'in_progress');
  assert.deepEqual(created.milestone, { id: milestone.id });
  assert.deepEqual(created.project, milestone.project);
  assert.equal(created.account.id, (milestone.account as { id: string }).id);
  assert.equal(created.assignee.user.id, userId);
  assert.ok(created.assignee.user.email);
  assert.equal(created.due_date, '2026-04-01T09:30:00.000Z');
  assert.deepEqual(created.subtask_ids, []);
  assert.deepEqual((await api.get(`/tasks/${created.id}`)).body.data, created);

  const updated = await api.patch(`/tasks/${created.id}`, { status: 'completed', assignee_id: '', due_date: '' });
  assert.equal(updated.status, 200, updated.text);
  assert.equal(updated.body.data.status, 'completed');
  assert.equal(updated.body.data.assignee, undefined);
  assert.equal(updated.body.data.due_date, undefined);
  assert.equal(updated.body.data.title, 'Ship the SDK');
  assert.deepEqual((await api.get(`/tasks/${created.id}`)).body.data, updated.body.data);

  const second = await createTask(api);
  const page = await api.get('/tasks?limit=1');
  assert.deepEqual(
    page.body.data.map((x: { id: string }) => x.id),
    [created.id],
  );
  assert.equal(page.body.pagination.has_next_page, true);
  const next = await api.get(`/tasks?limit=1&cursor=${page.body.pagination.cursor}`);
  assert.deepEqual(
    next.body.data.map((x: { id: string }) => x.id),
    [second.id],
  );

  assert.equal((await api.delete(`/tasks/${created.id}`)).status, 200);
  assert.equal((await api.get(`/tasks/${created.id}`)).status, 404);
  const types = ((await api.get('/events?limit=1000')).body.data as { type: string }[]).map((e) => e.type);
  for (const type of ['task.created', 'task.updated', 'task.deleted']) assert.ok(types.includes(type), type);
});

test('tasks: subtasks are listed on their parent and outlive it', async (t) => {
  const { api } = await build(t);
  const parent = await createTask(api);
  const child = await createTask(api, { parent_task_id: parent.id });
  assert.equal(child.parent_task_id, parent.id);
  assert.deepEqual((await api.get(`/tasks/${parent.id}`)).body.data.subtask_ids, [child.id]);
  assert.equal((await api.delete(`/tasks/${parent.id}`)).status, 200);
  assert.equal((await api.get(`/tasks/${child.id}`)).body.data.parent_task_id, undefined);
});

test('tasks: a project and its milestones go together', async (t) => {
  const { api } = await build(t);
  const milestone = await createMilestone(api);
  const elsewhere = await createProject(api);
  const task = await createTask(api, { project_id: milestone.project.id, milestone_id: milestone.id });
  const conflicting = await api.post('/tasks', { title: 'T', project_id: elsewhere.id, milestone_id: milestone.id });
  assert.equal(conflicting.status, 400);
  const moved = await api.patch(`/tasks/${task.id}`, { project_id: elsewhere.id });
  assert.deepEqual(moved.body.data.project, { id: elsewhere.id });
  assert.equal(moved.body.data.milestone, undefined);
  const back = await api.patch(`/tasks/${task.id}`, { milestone_id: milestone.id });
  assert.deepEqual(back.body.data.project, milestone.project);
  const out = await api.patch(`/tasks/${task.id}`, { project_id: '' });
  assert.equal(out.body.data.project, undefined);
  assert.equal(out.body.data.milestone, undefined);
});

test('tasks: search filters on the fields the contract lists', async (t) => {
  const { api, userId } = await build(t);
  const account = await createAccount(api);
  const project = await createProject(api, { account_id: account.id });
  const a = await createTask(api, { project_id: project.id, assignee_id: userId, due_date: '2026-02-01T00:00:00Z' });
  const b = await createTask(api, { status: 'completed', account_id: account.id });
  const c = await createTask(api);
  const search = async (filter: unknown) => {
    const res = await api.post('/tasks/search', { filter });
    assert.equal(res.status, 200, res.text);
    return res.body.data.map((x: { id: string }) => x.id);
  };
  assert.deepEqual(await search({ field: 'project_id', operator: 'is_unset' }), [b.id, c.id]);
  assert.deepEqual(await search({ field: 'account_id', operator: 'equals', value: account.id }), [a.id, b.id]);
  assert.deepEqual(await search({ field: 'status', operator: 'not_in', values: ['completed'] }), [a.id, c.id]);
  assert.deepEqual(await search({ field: 'assignee_id', operator: 'is_set' }), [a.id]);
  assert.deepEqual(await search({ field: 'due_date', operator: 'time_is_before', value: '2026-03-01T00:00:00Z' }), [
    a.id,
  ]);
  const both = {
    operator: 'and',
    subfilters: [
      { field: 'created_at', operator: 'time_is_after', value: '2020-01-01T00:00:00Z' },
      { field: 'status', operator: 'equals', value: 'completed' },
    ],
  };
  assert.deepEqual(await search(both), [b.id]);
  const paged = await api.post('/tasks/search', { limit: 2 });
  assert.equal(paged.body.pagination.has_next_page, true);
  const rest = await api.post('/tasks/search', { limit: 2, cursor: paged.body.pagination.cursor });
  assert.deepEqual(
    rest.body.data.map((x: { id: string }) => x.id),
    [c.id],
  );
});

test('tasks: each rule answers 400 or 404', async (t) => {
  const { api } = await build(t);
  const post = (body: Record<string, unknown>) => api.post('/tasks', { title: 'T', ...body });
  assert.equal((await post({ title: '  ' })).status, 400);
  assert.equal((await api.post('/tasks', { body_html: 'x' })).status, 400);
  assert.equal((await post({ status: 'blocked' })).status, 400);
  assert.equal((await post({ due_date: 'next week' })).status, 400);
  assert.equal((await post({ custom_fields: [{ slug: 'size', value: 'L' }] })).status, 400);
  for (const field of ['account_id', 'assignee_id', 'project_id', 'milestone_id', 'parent_task_id']) {
    assert.equal((await post({ [field]: 'nothing' })).status, 404, field);
  }
  const task = await createTask(api);
  assert.equal((await api.patch(`/tasks/${task.id}`, { title: '' })).status, 400);
  assert.equal((await api.patch(`/tasks/${task.id}`, { status: 'done' })).status, 400);
  assert.equal((await api.patch(`/tasks/${task.id}`, { milestone_id: 'nothing' })).status, 404);
  assert.equal((await api.patch('/tasks/nothing', { title: 'X' })).status, 404);
  assert.equal((await api.get('/tasks/nothing')).status, 404);
  assert.equal((await api.delete('/tasks/nothing')).status, 404);
  assert.equal((await api.get('/tasks?limit=0')).status, 400);
  const search = (filter: unknown) => api.post('/tasks/search', { filter });
  assert.equal((await search({ field: 'title', operator: 'equals', value: 'T' })).status, 400);
  assert.equal((await search({ field: 'account_id', operator: 'is_unset' })).status, 400);
  assert.equal((await search({ field: 'status', operator: 'equals', value: 'blocked' })).status, 400);
  assert.equal((await search({ field: 'created_at', operator: 'is_set' })).status, 400);
});

test("tasks: another workspace's token gets 404, and a member may do the daily work", async (t) => {
  const { api, otherWorkspace, member } = await build(t);
  const task = await createTask(api);
  const other = await otherWorkspace();
  assert.equal((await other.api.get(`/tasks/${task.id}`)).status, 404);
  assert.equal((await other.api.patch(`/tasks/${task.id}`, { title: 'X' })).status, 404);
  assert.equal((await other.api.delete(`/tasks/${task.id}`)).status, 404);
  assert.deepEqual((await other.api.get('/tasks')).body.data, []);
  assert.deepEqual((await other.api.post('/tasks/search', {})).body.data, []);
  assert.equal((await other.api.post('/tasks', { title: 'T', parent_task_id: task.id })).status, 404);
  const m = await member();
  const own = await createTask(m.api, { parent_task_id: task.id });
  assert.equal((await m.api.patch(`/tasks/${own.id}`, { status: 'in_progress' })).status, 200);
  assert.equal((await m.api.delete(`/tasks/${own.id}`)).status, 200);
});
