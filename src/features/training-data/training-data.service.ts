import type { Actor } from '../../core/actor.js';
import { nowIso } from '../../core/clock.js';
import type { ContractBody, ContractQuery } from '../../core/contract/operation-types.js';
import type { Deps } from '../../core/deps.js';
import { duplicate, invalid, notFound } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { pageById } from '../../core/pagination.js';
import { isUniqueViolation, type Db } from '../../core/store/database.js';
import { recordAudit } from '../audit-logs/audit-log.service.js';
import { recordEvent } from '../events/event.service.js';
import { trainingDataJson } from './training-data.json.js';
import {
  deleteDocuments,
  findTrainingDataById,
  findTrainingDataByName,
  insertTrainingData,
  listDocuments,
  listTrainingDataRows,
  touchTrainingData,
} from './training-data.repository.js';
import type { TrainingDataRow } from './training-data.table.js';

export const VISIBILITIES = ['everyone', 'user_only', 'ai_agent_only'] as const;
const MAX_NAME = 255;

/** A visibility as the client sent it, `everyone` when absent. */
export function visibilityOf(value: string | undefined): string {
  if (value === undefined || value === '') return 'everyone';
  if (!(VISIBILITIES as readonly string[]).includes(value)) {
    throw invalid(`visibility must be one of ${VISIBILITIES.join(', ')}`);
  }
  return value;
}

function nameOf(value: string | undefined, field: string): string {
  const name = value?.trim() ?? '';
  if (name === '') throw invalid(`${field} is required`);
  if (name.length > MAX_NAME) throw invalid(`${field} must be at most ${MAX_NAME} characters`);
  if (name.includes('\u0000')) throw invalid(`${field} must not contain NUL (U+0000) characters`);
  return name;
}

export async function requireTrainingData(db: Db, actor: Actor, id: string): Promise<TrainingDataRow> {
  const row = await findTrainingDataById(db, actor.workspaceId, id);
  if (!row) throw notFound('Training data');
  return row;
}

/** The containers as the API shows them, each with its documents. */
export async function presentTrainingData(db: Db, rows: readonly TrainingDataRow[]) {
  const documents = await listDocuments(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) =>
    trainingDataJson(
      row,
      documents.filter((d) => d.training_data_id === row.id),
    ),
  );
}

/**
 * Makes a container in the caller's transaction (a second one with the same name is a duplicate naming the first),
 * announced and audited. Used by `POST /training-data` and by uploads that name a new container.
 */
export async function addTrainingData(
  trx: Db,
  actor: Actor,
  input: { name: string | undefined; visibility: string | undefined },
  field = 'training_data_name',
): Promise<TrainingDataRow> {
  const name = nameOf(input.name, field);
  const visibility = visibilityOf(input.visibility);
  const existing = await findTrainingDataByName(trx, actor.workspaceId, name);
  if (existing) throw duplicate(`Training data "${name}" already exists`, existing.id);
  const now = nowIso();
  const row: TrainingDataRow = {
    id: newId(),
    workspace_id: actor.workspaceId,
    name,
    visibility,
    created_at: now,
    updated_at: now,
  };
  await insertTrainingData(trx, row);
  await recordEvent(trx, {
    workspaceId: actor.workspaceId,
    type: 'training_data.created',
    subjectId: row.id,
    payload: { training_data: { id: row.id, name, visibility } },
  });
  await auditTrainingData(trx, actor, 'training_data.created', row.id);
  return row;
}

export async function auditTrainingData(
  trx: Db,
  actor: Actor,
  action: 'training_data.created' | 'training_data.documents_uploaded' | 'training_data.documents_deleted',
  id: string,
  attributes?: Record<string, string>,
) {
  await recordAudit(trx, {
    workspaceId: actor.workspaceId,
    actorUserId: actor.userId,
    action,
    objectType: 'training_data',
    objectId: id,
    attributes,
  });
}

/** A unique violation from a concurrent create of the same name is the same duplicate the check answers. */
export async function withNameRace<T>(deps: Deps, actor: Actor, name: string | undefined, work: () => Promise<T>) {
  try {
    return await work();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const existing = await findTrainingDataByName(deps.store.db, actor.workspaceId, name?.trim() ?? '');
    if (existing) throw duplicate(`Training data "${existing.name}" already exists`, existing.id);
    throw error;
  }
}

export async function createTrainingData(deps: Deps, actor: Actor, input: ContractBody<'POST', '/training-data'>) {
  const row = await withNameRace(deps, actor, input.training_data_name, () =>
    deps.store.db
      .transaction()
      .execute((trx) => addTrainingData(trx, actor, { name: input.training_data_name, visibility: input.visibility })),
  );
  return trainingDataJson(row, []);
}

export async function getTrainingData(deps: Deps, actor: Actor, id: string) {
  const row = await requireTrainingData(deps.store.db, actor, id);
  return (await presentTrainingData(deps.store.db, [row]))[0]!;
}

/** All of the workspace's containers: the operation takes no paging, so every page is read. */
export async function listTrainingData(deps: Deps, actor: Actor) {
  const data = [];
  let cursor: string | undefined;
  do {
    const page = await pageById(
      `training-data:${actor.workspaceId}`,
      { cursor, limit: 1000 },
      (p) => listTrainingDataRows(deps.store.db, actor.workspaceId, p),
      (rows) => presentTrainingData(deps.store.db, rows),
    );
    data.push(...page.data);
    cursor = page.pagination.has_next_page ? page.pagination.cursor : undefined;
  } while (cursor);
  return { data };
}

const listOf = (value: string | string[] | undefined): string[] =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter((v) => v !== '');

/**
 * Removes documents by id or external id; their bytes leave the blob store once the removal has committed.
 * Names that match nothing are not an error: `deleted_count` says how many went.
 */
export async function deleteTrainingDataDocuments(
  deps: Deps,
  actor: Actor,
  id: string,
  query: ContractQuery<'DELETE', '/training-data/:id/documents'>,
) {
  const ids = listOf(query.document_ids);
  const externalIds = listOf(query.external_ids);
  if (ids.length === 0 && externalIds.length === 0) throw invalid('Provide document_ids or external_ids');
  const deleted = await deps.store.db.transaction().execute(async (trx) => {
    const container = await requireTrainingData(trx, actor, id);
    const rows = await deleteDocuments(trx, container.id, ids, externalIds);
    if (rows.length === 0) return rows;
    await touchTrainingData(trx, container.id, nowIso());
    const documentIds = rows.map((r) => r.id);
    await recordEvent(trx, {
      workspaceId: actor.workspaceId,
      type: 'training_data.documents_deleted',
      subjectId: container.id,
      payload: { training_data_id: container.id, document_ids: documentIds },
    });
    await auditTrainingData(trx, actor, 'training_data.documents_deleted', container.id, {
      document_ids: documentIds.join(','),
    });
    return rows;
  });
  await Promise.all(deleted.map((row) => deps.blobs.delete(row.blob_key)));
  return { deleted_count: deleted.length };
}
