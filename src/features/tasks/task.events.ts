import type { Json } from '../../core/json.js';

/**
 * Events about tasks and their comments: the object as the API shows it after a change, or, once deleted, its ids.
 * A deleted task's comments go with it, announced by `task.deleted` alone.
 */
export const EVENT_TYPES = [
  'task.created',
  'task.updated',
  'task.deleted',
  'task_comment.created',
  'task_comment.updated',
  'task_comment.deleted',
] as const;

declare module '../events/event-catalog.js' {
  interface EventPayloads {
    'task.created': { task: Json };
    'task.updated': { task: Json };
    'task.deleted': { task_id: string };
    'task_comment.created': { comment: Json };
    'task_comment.updated': { comment: Json };
    'task_comment.deleted': { comment_id: string; task_id: string };
  }
}
