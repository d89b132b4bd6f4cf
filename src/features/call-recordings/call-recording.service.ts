import type { Actor } from '../../core/actor.js';
import { nowIso } from '../../core/clock.js';
import type { ContractBody } from '../../core/contract/operation-types.js';
import type { Deps } from '../../core/deps.js';
import { duplicate, invalid, notFound } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { isUniqueViolation, type Db } from '../../core/store/database.js';
import { toJsonColumn } from '../../core/store/json-columns.js';
import { findAccountById } from '../accounts/account.repository.js';
import { recordAudit } from '../audit-logs/audit-log.service.js';
import { recordEvent } from '../events/event.service.js';
import { requireIssue } from '../issues/issue.service.js';
import { checkRecording } from './call-recording-input.js';
import { callRecordingEventJson, callRecordingJson, voiceCallJson } from './call-recording.json.js';
import {
  deleteCallRecordingRow,
  findCallRecordingByExternalId,
  findCallRecordingById,
  insertCallRecording,
  listIssueCallRecordings,
  setCallRecordingAccount,
} from './call-recording.repository.js';
import type { CreateCallRecordingBody } from './call-recording.schemas.js';
import type { CallRecordingRow } from './call-recording.table.js';

export async function requireCallRecording(db: Db, actor: Actor, id: string): Promise<CallRecordingRow> {
  const row = await findCallRecordingById(db, actor.workspaceId, id);
  if (!row) throw notFound('Call recording');
  return row;
}

async function requireAccountId(db: Db, actor: Actor, id: string): Promise<string> {
  const account = await findAccountById(db, actor.workspaceId, id);
  if (!account) throw notFound('Account');
  return account.id;
}

async function failIfImported(db: Db, actor: Actor, source: string, externalId: string | null) {
  if (externalId === null) return;
  const existing = await findCallRecordingByExternalId(db, actor.workspaceId, source, externalId);
  if (existing) throw duplicate(`A call recording from ${source} with external_id ${externalId} exists`, existing.id);
}

async function buildRow(trx: Db, actor: Actor, input: CreateCallRecordingBody): Promise<CallRecordingRow> {
  const checked = checkRecording(input);
  const externalId = input.external_id?.trim() || null;
  await failIfImported(trx, actor, checked.source, externalId);
  const now = nowIso();
  return {
    id: newId(),
    workspace_id: actor.workspaceId,
    issue_id: input.issue_id ? (await requireIssue(trx, actor, input.issue_id)).id : null,
    account_id: input.account_id ? await requireAccountId(trx, actor, input.account_id) : null,
    title: checked.title,
    source: checked.source,
    external_id: externalId,
    url: checked.url,
    start_time: checked.startTime,
    end_time: checked.endTime,
    duration_ms: checked.durationMs,
    participant_emails: toJsonColumn(checked.participantEmails),
    summary: input.summary?.trim() || null,
    transcript: toJsonColumn(input.transcript_segments?.map((s) => ({ speaker: s.speaker, text: s.text })) ?? []),
    created_at: now,
    updated_at: now,
  };
}

/** `POST /call-recordings`: imports a recorded call (admins only, like every import); announced and audited. */
export async function createCallRecording(deps: Deps, actor: Actor, input: CreateCallRecordingBody) {
  try {
    const row = await deps.store.db.transaction().execute(async (trx) => {
      const row = await buildRow(trx, actor, input);
      await insertCallRecording(trx, row);
      await recordEvent(trx, {
        workspaceId: actor.workspaceId,
        type: 'call_recording.created',
        subjectId: row.id,
        payload: { call_recording: callRecordingEventJson(row) },
      });
      await audit(trx, actor, 'call_recording.created', row.id, { source: row.source });
      return row;
    });
    return callRecordingJson(row);
  } catch (error) {
    // Two imports of the same call at once: the loser answers the winner's id.
    if (isUniqueViolation(error)) {
      const checked = checkRecording(input);
      await failIfImported(deps.store.db, actor, checked.source, input.external_id?.trim() || null);
    }
    throw error;
  }
}

async function audit(
  trx: Db,
  actor: Actor,
  action: 'call_recording.created' | 'call_recording.deleted',
  id: string,
  attributes?: Record<string, string>,
) {
  await recordAudit(trx, {
    workspaceId: actor.workspaceId,
    actorUserId: actor.userId,
    action,
    objectType: 'call_recording',
    objectId: id,
    attributes,
  });
}

export async function getCallRecording(deps: Deps, actor: Actor, id: string) {
  return callRecordingJson(await requireCallRecording(deps.store.db, actor, id));
}

/**
 * `PATCH /call-recordings/{id}`: moves the recording to another account (`""` removes it). Call recordings have no
 * custom field definitions in Helpline, so any custom field named is unknown (400).
 */
export async function updateCallRecording(
  deps: Deps,
  actor: Actor,
  id: string,
  input: ContractBody<'PATCH', '/call-recordings/:id'>,
) {
  const unknown = input.custom_fields?.[0];
  if (unknown) throw invalid(`custom_fields: no custom field "${unknown.slug ?? ''}" is defined for call recordings`);
  return deps.store.db.transaction().execute(async (trx) => {
    const row = await requireCallRecording(trx, actor, id);
    if (input.account_id === undefined) return callRecordingJson(row);
    const accountId = input.account_id === '' ? null : await requireAccountId(trx, actor, input.account_id);
    if (accountId === row.account_id) return callRecordingJson(row);
    const updated = { ...row, account_id: accountId, updated_at: nowIso() };
    await setCallRecordingAccount(trx, row.id, accountId, updated.updated_at);
    await recordEvent(trx, {
      workspaceId: actor.workspaceId,
      type: 'call_recording.updated',
      subjectId: row.id,
      payload: { call_recording: callRecordingEventJson(updated), changed_fields: ['account_id'] },
    });
    return callRecordingJson(updated);
  });
}

/** Deletes a recording for good, its summary and transcript with it (admins only). */
export async function deleteCallRecording(deps: Deps, actor: Actor, id: string): Promise<void> {
  await deps.store.db.transaction().execute(async (trx) => {
    const row = await requireCallRecording(trx, actor, id);
    await deleteCallRecordingRow(trx, actor.workspaceId, row.id);
    await recordEvent(trx, {
      workspaceId: actor.workspaceId,
      type: 'call_recording.deleted',
      subjectId: row.id,
      payload: { call_recording_id: row.id },
    });
    await audit(trx, actor, 'call_recording.deleted', row.id);
  });
  // A recording's summary and transcript are customer text: gone from the files too, not only from the table.
  await deps.store.purgeResidue(['call_recordings']);
}

/** `GET /issues/{id}/voice-calls`: the recordings linked to the issue (by id or number), each as one call. */
export async function listIssueVoiceCalls(deps: Deps, actor: Actor, idOrNumber: string) {
  const issue = await requireIssue(deps.store.db, actor, idOrNumber);
  const rows = await listIssueCallRecordings(deps.store.db, actor.workspaceId, issue.id);
  return rows.map(voiceCallJson);
}
