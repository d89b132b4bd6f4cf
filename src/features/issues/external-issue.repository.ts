import type { Db } from '../../core/store/database.js';

/** An issue of another tracker (Jira, Linear, GitHub...) linked to an issue. */
export interface ExternalIssue {
  issueId: string;
  source: string;
  externalId: string;
}

/** The external issues linked to each of the given issues, in the order they were linked. */
export async function findExternalIssuesByIssue(
  db: Db,
  workspaceId: string,
  issueIds: string[],
): Promise<Map<string, ExternalIssue[]>> {
  const byIssue = new Map<string, ExternalIssue[]>();
  if (issueIds.length === 0) return byIssue;
  const rows = await db
    .selectFrom('issue_external_issues')
    .select(['issue_id', 'source', 'external_id'])
    .where('workspace_id', '=', workspaceId)
    .where('issue_id', 'in', [...new Set(issueIds)])
    .orderBy('created_at')
    .orderBy('source')
    .orderBy('external_id')
    .execute();
  for (const row of rows) {
    const list = byIssue.get(row.issue_id) ?? [];
    list.push({ issueId: row.issue_id, source: row.source, externalId: row.external_id });
    byIssue.set(row.issue_id, list);
  }
  return byIssue;
}

/** Links an external issue; false when it was already linked. */
export async function linkExternalIssue(db: Db, workspaceId: string, link: ExternalIssue, now: string) {
  const rows = await db
    .insertInto('issue_external_issues')
    .values({
      workspace_id: workspaceId,
      issue_id: link.issueId,
      source: link.source,
      external_id: link.externalId,
      created_at: now,
    })
    .onConflict((oc) => oc.columns(['issue_id', 'source', 'external_id']).doNothing())
    .returning('issue_id')
    .execute();
  return rows.length > 0;
}

/** Unlinks an external issue; false when it was not linked. */
export async function unlinkExternalIssue(db: Db, workspaceId: string, link: ExternalIssue) {
  const result = await db
    .deleteFrom('issue_external_issues')
    .where('workspace_id', '=', workspaceId)
    .where('issue_id', '=', link.issueId)
    .where('source', '=', link.source)
    .where('external_id', '=', link.externalId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
