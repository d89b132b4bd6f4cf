import type { ContractSchema } from '../../core/contract/operation-types.js';
import { compact } from '../../core/json.js';
import type { TaskComment } from './task-comment.repository.js';

export function taskCommentJson(comment: TaskComment, authorEmail: string | undefined): ContractSchema<'TaskComment'> {
  return compact<ContractSchema<'TaskComment'>>({
    id: comment.id,
    task_id: comment.taskId,
    body_html: comment.bodyHtml,
    is_internal: comment.isInternal,
    author: comment.authorUserId ? { user: compact({ id: comment.authorUserId, email: authorEmail }) } : null,
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    last_edited_at: comment.lastEditedAt,
  });
}
