/** Sweep cases for customer work: projects, their milestones, tasks and the comments on tasks. */
import type { Api } from '../../helpers/build.js';
import { createMilestone, createProject, createTask } from '../../helpers/factories.js';
import type { SweepCase } from '../sweep-case.js';

async function comment(api: Api) {
  const task = await createTask(api);
  const created = await api.post(`/tasks/${task.id}/comments`, { body_html: '<p>On it</p>' });
  if (created.status !== 200) throw new Error(`comment setup → ${created.status}: ${created.text}`);
  return `/tasks/${task.id}/comments/${created.body.data.id}`;
}

const tasks: SweepCase[] = [
  {
    operation: 'GET /tasks',
    request: async ({ api }) => {
      await createTask(api);
      return { path: '/tasks?limit=10' };
    },
  },
  {
    operation: 'POST /tasks',
    request: async ({ api, userId }) => {
      const milestone = await createMilestone(api);
      return {
        path: '/tasks',
        body: {
          title: 'Configure SSO',
          body_html: '<p>SAML</p>',
          milestone_id: milestone.id,
          assignee_id: userId,
          status: 'in_progress',
          due_date: '2026-06-01T00:00:00Z',
        },
      };
    },
  },
  {
    operation: 'POST /tasks/search',
    request: async ({ api }) => {
      await createTask(api, { status: 'completed' });
      return { path: '/tasks/search', body: { filter: { field: 'status', operator: 'equals', value: 'completed' } } };
    },
  },
  { operation: 'GET /tasks/{id}', request: async ({ api }) => ({ path: `/tasks/${(await createTask(api)).id}` }) },
  {
    operation: 'PATCH /tasks/{id}',
    request: async ({ api }) => ({ path: `/tasks/${(await createTask(api)).id}`, body: { status: 'completed' } }),
  },
  { operation: 'DELETE /tasks/{id}', request: async ({ api }) => ({ path: `/tasks/${(await createTask(api)).id}` }) },
];

const comments: SweepCase[] = [
  {
    operation: 'GET /tasks/{id}/comments',
    request: async ({ api }) => ({ path: (await comment(api)).replace(/\/[^/]+$/, '') }),
  },
  {
    operation: 'POST /tasks/{id}/comments',
    request: async ({ api }) => ({
      path: `/tasks/${(await createTask(api)).id}/comments`,
      body: { body_html: '<p>Started</p>', is_internal: true },
    }),
  },
  {
    operation: 'PATCH /tasks/{id}/comments/{comment_id}',
    request: async ({ api }) => ({ path: await comment(api), body: { body_html: '<p>Finished</p>' } }),
  },
  { operation: 'DELETE /tasks/{id}/comments/{comment_id}', request: async ({ api }) => ({ path: await comment(api) }) },
];

const projects: SweepCase[] = [
  {
    operation: 'POST /projects',
    request: async ({ api, userId }) => {
      const project = await createProject(api);
      return {
        path: '/projects',
        body: {
          name: 'Migration',
          account_id: project.account.id,
          owner_id: userId,
          start_date: '2026-01-01T00:00:00Z',
          end_date: '2026-02-01T00:00:00Z',
        },
      };
    },
  },
  {
    operation: 'POST /projects/search',
    request: async ({ api }) => {
      const project = await createProject(api);
      return {
        path: '/projects/search',
        body: { filter: { field: 'account_id', operator: 'equals', value: project.account.id } },
      };
    },
  },
  {
    operation: 'GET /projects/{id}',
    request: async ({ api }) => ({ path: `/projects/${(await createProject(api)).id}` }),
  },
  {
    operation: 'PATCH /projects/{id}',
    request: async ({ api }) => ({
      path: `/projects/${(await createProject(api)).id}`,
      body: { name: 'Renamed', is_archived: true },
    }),
  },
  {
    operation: 'DELETE /projects/{id}',
    request: async ({ api }) => ({ path: `/projects/${(await createProject(api)).id}` }),
  },
];

const milestones: SweepCase[] = [
  {
    operation: 'POST /milestones',
    request: async ({ api }) => ({
      path: '/milestones',
      body: { name: 'Pilot', project_id: (await createProject(api)).id, due_date: '2026-03-01T00:00:00Z' },
    }),
  },
  {
    operation: 'GET /milestones/{id}',
    request: async ({ api }) => ({ path: `/milestones/${(await createMilestone(api)).id}` }),
  },
  {
    operation: 'PATCH /milestones/{id}',
    request: async ({ api }) => ({ path: `/milestones/${(await createMilestone(api)).id}`, body: { name: 'Pilot 2' } }),
  },
  {
    operation: 'DELETE /milestones/{id}',
    request: async ({ api }) => ({ path: `/milestones/${(await createMilestone(api)).id}` }),
  },
];

export const cases: SweepCase[] = [...tasks, ...comments, ...projects, ...milestones];
