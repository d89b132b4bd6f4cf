import type { Db } from '../../core/store/database.js';
import type { Page } from '../../core/store/keyset.js';
import type { TrainingDataDocumentRow, TrainingDataRow } from './training-data.table.js';

export async function insertTrainingData(db: Db, row: TrainingDataRow): Promise<void> {
  await db.insertInto('training_data').values(row).execute();
}

export async function findTrainingDataById(db: Db, workspaceId: string, id: string) {
  return db
    .selectFrom('training_data')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function findTrainingDataByName(db: Db, workspaceId: string, name: string) {
  return db
    .selectFrom('training_data')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('name', '=', name)
    .executeTakeFirst();
}

export async function listTrainingDataRows(db: Db, workspaceId: string, page: Page): Promise<TrainingDataRow[]> {
  let query = db.selectFrom('training_data').selectAll().where('workspace_id', '=', workspaceId);
  if (page.afterId) query = query.where('id', '>', page.afterId);
  return query
    .orderBy('id')
    .limit(page.limit + 1)
    .execute();
}

export async function touchTrainingData(db: Db, id: string, updatedAt: string): Promise<void> {
  await db.updateTable('training_data').set({ updated_at: updatedAt }).where('id', '=', id).execute();
}

/** The documents of some containers, in upload order. */
export async function listDocuments(db: Db, trainingDataIds: readonly string[]): Promise<TrainingDataDocumentRow[]> {
  if (trainingDataIds.length === 0) return [];
  return db
    .selectFrom('training_data_documents')
    .selectAll()
    .where('training_data_id', 'in', [...trainingDataIds])
    .orderBy('id')
    .execute();
}

export async function findDocumentByExternalId(db: Db, trainingDataId: string, externalId: string) {
  return db
    .selectFrom('training_data_documents')
    .selectAll()
    .where('training_data_id', '=', trainingDataId)
    .where('external_id', '=', externalId)
    .executeTakeFirst();
}

export async function insertDocument(db: Db, row: TrainingDataDocumentRow): Promise<void> {
  await db.insertInto('training_data_documents').values(row).execute();
}

/** Gives a document new contents (a re-upload under the same external id); its id stays. */
export async function replaceDocument(db: Db, row: TrainingDataDocumentRow): Promise<void> {
  await db
    .updateTable('training_data_documents')
    .set({ file_name: row.file_name, file_type: row.file_type, file_size: row.file_size, blob_key: row.blob_key })
    .where('id', '=', row.id)
    .execute();
}

/** Deletes the container's documents named by id or external id, answering the deleted rows. */
export async function deleteDocuments(
  db: Db,
  trainingDataId: string,
  ids: readonly string[],
  externalIds: readonly string[],
): Promise<TrainingDataDocumentRow[]> {
  return db
    .deleteFrom('training_data_documents')
    .where('training_data_id', '=', trainingDataId)
    .where((eb) =>
      eb.or([
        ...(ids.length > 0 ? [eb('id', 'in', [...ids])] : []),
        ...(externalIds.length > 0 ? [eb('external_id', 'in', [...externalIds])] : []),
      ]),
    )
    .returningAll()
    .execute();
}
