import type { Actor } from '../../core/actor.js';
import { nowIso } from '../../core/clock.js';
import type { Db } from '../../core/store/database.js';
import { requireIssue } from '../issues/issue.service.js';
import { findUnreadIssues, saveIssueRead } from './issue-read.repository.js';

/** The most issue ids an unread answer lists; its count counts them all. */
export const UNREAD_LIST_LIMIT = 200;

/** What the signed-in user has not read: how many issues, and the newest of them. */
export async function countUnreadIssues(db: Db, actor: Actor): Promise<{ count: number; issue_ids: string[] }> {
  const unread = await findUnreadIssues(db, actor.workspaceId, actor.userId, UNREAD_LIST_LIMIT);
  return { count: unread.count, issue_ids: unread.issueIds };
}

/** Marks the issue (by id or number) read now by the signed-in user; another workspace's issue is not found. */
export async function markIssueRead(db: Db, actor: Actor, idOrNumber: string) {
  const issue = await requireIssue(db, actor, idOrNumber);
  const at = nowIso();
  await saveIssueRead(db, { workspaceId: actor.workspaceId, userId: actor.userId, issueId: issue.id, at });
  return { issue_id: issue.id, read_at: at };
}
