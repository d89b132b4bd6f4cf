import assert from 'node:assert/strict';
import { test } from 'node:test';
import { build } from '../helpers/build.js';
import { createTask } from '../helpers/factories.js';

test('task comments: write, list, edit and delete; they go with their task', async (t) => {
  const { api, userId, app } = await build(t);
  const task = await createTask(api);
  const first = await api.post(`/tasks/${task.id}/comments`, {
    body_html: '<p>On it</p><script>steal()</script>',
    is_internal: true,
  });
  assert.equal(first.status, 200, first.text);
  const comment = first.body.data;
  assert.equal(comment.body_html, '<p>On it</p>');
  assert.equal(comment.task_id, task.id);
  assert.equal(comment.is_internal, true);
  assert.equal(comment.author.user.id, userId);
  assert.equal(comment.last_edited_at, undefined);
  const second = (await api.post(`/tasks/${task.id}/comments`, { body_html: 'Done' })).body.data;
  assert.equal(second.is_internal, false);

  const listed = await api.get(`/tasks/${task.id}/comments`);
  assert.equal(listed.status, 200);
  assert.deepEqual(listed.body.data, [comment, second]);

  const edited = await api.patch(`/tasks/${task.id}/comments/${comment.id}`, { body_html: '<b>Finished</b>' });
  assert.equal(edited.status, 200, edited.text);
  assert.equal(edited.body.data.body_html, '<b>Finished</b>');
  assert.ok(edited.body.data.last_edited_at);
  assert.equal((await api.get(`/tasks/${task.id}/comments`)).body.data[0].body_html, '<b>Finished</b>');

  assert.equal((await api.delete(`/tasks/${task.id}/comments/${comment.id}`)).status, 200);
  assert.deepEqual(
    (await api.get(`/tasks/${task.id}/comments`)).body.data.map((c: { id: string }) => c.id),
    [second.id],
  );
  const types = ((await api.get('/events?limit=1000')).body.data as { type: string }[]).map((e) => e.type);
  for (const type of ['task_comment.created', 'task_comment.updated', 'task_comment.deleted']) {
    assert.ok(types.includes(type), type);
  }
  assert.equal((await api.delete(`/tasks/${task.id}`)).status, 200);
  assert.equal((await api.get(`/tasks/${task.id}/comments`)).status, 404);
  const db = app.helpline.store.db;
  const left = await db.selectFrom('task_comments').select('id').where('task_id', '=', task.id).execute();
  assert.deepEqual(left, []);
});

test('task comments: only the author may edit or delete, and each rule answers 400 or 404', async (t) => {
  const { api, member } = await build(t);
  const task = await createTask(api);
  const other = await createTask(api);
  const comment = (await api.post(`/tasks/${task.id}/comments`, { body_html: 'Mine' })).body.data;
  const m = await member();
  assert.equal((await m.api.patch(`/tasks/${task.id}/comments/${comment.id}`, { body_html: 'x' })).status, 400);
  assert.equal((await m.api.delete(`/tasks/${task.id}/comments/${comment.id}`)).status, 400);
  const theirs = await m.api.post(`/tasks/${task.id}/comments`, { body_html: 'Theirs' });
  assert.equal(theirs.status, 200);
  assert.equal((await m.api.delete(`/tasks/${task.id}/comments/${theirs.body.data.id}`)).status, 200);

  assert.equal((await api.post(`/tasks/${task.id}/comments`, {})).status, 400);
  assert.equal((await api.post(`/tasks/${task.id}/comments`, { body_html: '<script>x</script>' })).status, 400);
  assert.equal((await api.post('/tasks/nothing/comments', { body_html: 'x' })).status, 404);
  assert.equal((await api.get('/tasks/nothing/comments')).status, 404);
  assert.equal((await api.patch(`/tasks/${task.id}/comments/${comment.id}`, { body_html: ' ' })).status, 400);
  assert.equal((await api.patch(`/tasks/${other.id}/comments/${comment.id}`, { body_html: 'x' })).status, 404);
  assert.equal((await api.patch(`/tasks/${task.id}/comments/nothing`, { body_html: 'x' })).status, 404);
  assert.equal((await api.delete(`/tasks/${other.id}/comments/${comment.id}`)).status, 404);
  assert.equal((await api.get(`/tasks/${task.id}/comments`)).body.data[0].body_html, 'Mine');
});

test("task comments: another workspace's token gets 404", async (t) => {
  const { api, otherWorkspace } = await build(t);
  const task = await createTask(api);
  const comment = (await api.post(`/tasks/${task.id}/comments`, { body_html: 'Hi' })).body.data;
  const other = await otherWorkspace();
  assert.equal((await other.api.get(`/tasks/${task.id}/comments`)).status, 404);
  assert.equal((await other.api.post(`/tasks/${task.id}/comments`, { body_html: 'x' })).status, 404);
  assert.equal((await other.api.patch(`/tasks/${task.id}/comments/${comment.id}`, { body_html: 'x' })).status, 404);
  assert.equal((await other.api.delete(`/tasks/${task.id}/comments/${comment.id}`)).status, 404);
});
