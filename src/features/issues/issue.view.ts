import type { Actor } from '../../core/actor.js';
import type { Deps } from '../../core/deps.js';
import type { Db } from '../../core/store/database.js';
import { findExternalIdsByAccount } from '../accounts/account.repository.js';
import { findContactsByIds } from '../contacts/contact.repository.js';
import { findUserById } from '../users/user.repository.js';
import { findExternalIssuesByIssue } from './external-issue.repository.js';
import { issueJson, type IssueView } from './issue.json.js';
import type { Issue } from './issue.repository.js';

/** Resolves the account, requester, assignee and external issues of many issues with one query each. */
export async function viewIssues(db: Db, actor: Pick<Actor, 'workspaceId'>, issues: Issue[]): Promise<IssueView[]> {
  const linked = await findExternalIssuesByIssue(
    db,
    actor.workspaceId,
    issues.map((i) => i.id),
  );
  const accountIds = issues.flatMap((i) => (i.accountId ? [i.accountId] : []));
  const externalIds = await findExternalIdsByAccount(db, accountIds);
  const contacts = await findContactsByIds(
    db,
    actor.workspaceId,
    issues.flatMap((i) => (i.requesterId ? [i.requesterId] : [])),
  );
  const assigneeIds = [...new Set(issues.flatMap((i) => (i.assigneeId ? [i.assigneeId] : [])))];
  const assignees = new Map<string, string>();
  for (const id of assigneeIds) {
    const user = await findUserById(db, actor.workspaceId, id);
    if (user) assignees.set(id, user.email);
  }
  return issues.map((issue) => {
    const requester = contacts.find((c) => c.id === issue.requesterId);
    const assigneeEmail = issue.assigneeId ? assignees.get(issue.assigneeId) : undefined;
    return {
      issue,
      account: issue.accountId ? { id: issue.accountId, externalIds: externalIds.get(issue.accountId) ?? [] } : null,
      requester: requester ? { id: requester.id, email: requester.email } : null,
      assignee: issue.assigneeId && assigneeEmail !== undefined ? { id: issue.assigneeId, email: assigneeEmail } : null,
      externalIssues: linked.get(issue.id) ?? [],
    };
  });
}

export async function presentIssue(deps: Deps, db: Db, actor: Pick<Actor, 'workspaceId'>, issue: Issue) {
  const [view] = await viewIssues(db, actor, [issue]);
  return issueJson(view!, deps.publicUrl);
}
