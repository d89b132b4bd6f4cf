import type { Db } from '../../core/store/database.js';

/** The ids an issue had in the help desk it was imported from; each names one issue per workspace. */
export interface ImportRefs {
  zendeskTicketId: string | null;
  intercomConversationId: string | null;
}

export interface ImportedIssue extends ImportRefs {
  issueId: string;
  workspaceId: string;
  firstResponseTime: string | null;
  importedAt: string;
}

export async function insertImportedIssue(db: Db, imported: ImportedIssue): Promise<void> {
  await db
    .insertInto('imported_issues')
    .values({
      issue_id: imported.issueId,
      workspace_id: imported.workspaceId,
      zendesk_ticket_id: imported.zendeskTicketId,
      intercom_conversation_id: imported.intercomConversationId,
      first_response_time: imported.firstResponseTime,
      imported_at: imported.importedAt,
    })
    .execute();
}

/** The imported issue that already carries one of these ticket ids, if any. */
export async function findIssueIdByImportRefs(
  db: Db,
  workspaceId: string,
  refs: ImportRefs,
): Promise<string | undefined> {
  const { zendeskTicketId, intercomConversationId } = refs;
  if (zendeskTicketId === null && intercomConversationId === null) return undefined;
  const row = await db
    .selectFrom('imported_issues')
    .select('issue_id')
    .where('workspace_id', '=', workspaceId)
    .where((eb) =>
      eb.or([
        ...(zendeskTicketId === null ? [] : [eb('zendesk_ticket_id', '=', zendeskTicketId)]),
        ...(intercomConversationId === null ? [] : [eb('intercom_conversation_id', '=', intercomConversationId)]),
      ]),
    )
    .executeTakeFirst();
  return row?.issue_id;
}

/** The last issue number the workspace has given out. */
export async function readIssueCounter(db: Db, workspaceId: string): Promise<number> {
  const row = await db
    .selectFrom('workspaces')
    .select('issue_counter')
    .where('id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  return Number(row.issue_counter);
}
