import type { ContractSchema } from '../../core/contract/operation-types.js';
import { compact } from '../../core/json.js';
import { externalIdsJson } from '../accounts/account.json.js';
import type { ExternalId } from '../accounts/account.repository.js';
import type { Task } from './task.repository.js';

/** What a task's JSON needs beside the task: its account's external ids, its assignee's email, its subtasks. */
export interface TaskContext {
  accountExternalIds: ExternalId[];
  assigneeEmail: string | undefined;
  subtaskIds: string[];
}

export function taskJson(task: Task, context: TaskContext): ContractSchema<'Task'> {
  return compact<ContractSchema<'Task'>>({
    id: task.id,
    title: task.title,
    body_html: task.bodyHtml,
    status: task.status,
    account: task.accountId ? { id: task.accountId, external_ids: externalIdsJson(context.accountExternalIds) } : null,
    assignee: task.assigneeId ? { user: compact({ id: task.assigneeId, email: context.assigneeEmail }) } : null,
    project: task.projectId ? { id: task.projectId } : null,
    milestone: task.milestoneId ? { id: task.milestoneId } : null,
    parent_task_id: task.parentTaskId,
    subtask_ids: context.subtaskIds,
    due_date: task.dueDate,
    customer_portal_visible: task.customerPortalVisible,
    custom_fields: task.customFields,
    created_at: task.createdAt,
    updated_at: task.updatedAt,
  });
}
