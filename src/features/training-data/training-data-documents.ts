import { randomUUID } from 'node:crypto';
import type { Actor } from '../../core/actor.js';
import { nowIso } from '../../core/clock.js';
import type { Deps } from '../../core/deps.js';
import { AppError, invalid } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import type { Db } from '../../core/store/database.js';
import { sniffContentType, SNIFF_BYTES } from '../attachments/content-type.js';
import { cleanFilename, type IncomingFile } from '../attachments/upload.js';
import { recordEvent } from '../events/event.service.js';
import {
  findDocumentByExternalId,
  insertDocument,
  replaceDocument,
  touchTrainingData,
} from './training-data.repository.js';
import {
  addTrainingData,
  auditTrainingData,
  presentTrainingData,
  requireTrainingData,
  withNameRace,
} from './training-data.service.js';
import type { TrainingDataDocumentRow } from './training-data.table.js';

/** What the AI can read: PDF, text (markdown, CSV and JSON are text) and the common image types. */
const SUPPORTED_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/gif', 'image/webp'];
const isSupported = (type: string) => SUPPORTED_TYPES.includes(type) || type.startsWith('text/plain');

/** A file in the blob store, not yet a document. */
export interface StoredFile {
  key: string;
  filename: string;
  size: number;
  contentType: string;
}

/** Where the documents go: an existing container by id, or a new one by name. */
export interface Target {
  trainingDataId?: string;
  trainingDataName?: string;
  visibility?: string;
}

/** A stored file with the name and external id the client gave it. */
export interface NewDocument {
  file: StoredFile;
  fileName?: string;
  externalId?: string;
}

/**
 * Writes a file to the blob store as it arrives, refusing it once it passes ATTACHMENT_MAX_BYTES (413), or once all
 * files of the request together pass `budget.left` bytes. Its type is told from its bytes.
 */
export async function storeFile(deps: Deps, file: IncomingFile, budget: { left: number }): Promise<StoredFile> {
  const key = randomUUID();
  const max = deps.attachments.maxBytes;
  let size = 0;
  let head = Buffer.alloc(0);
  async function* limited(): AsyncGenerator<Buffer> {
    for await (const chunk of file.chunks) {
      size += chunk.length;
      budget.left -= chunk.length;
      if (size > max) throw new AppError('payload_too_large', `A file is larger than ${max} bytes`);
      if (budget.left < 0) throw new AppError('payload_too_large', 'The files together are too large');
      if (head.length < SNIFF_BYTES) head = Buffer.concat([head, chunk.subarray(0, SNIFF_BYTES - head.length)]);
      yield chunk;
    }
  }
  await deps.blobs.write(key, limited());
  const contentType = sniffContentType(head, size <= SNIFF_BYTES);
  return { key, filename: cleanFilename(file.filename), size, contentType };
}

function checkDocuments(documents: readonly NewDocument[]) {
  const seen = new Set<string>();
  for (const { file, externalId } of documents) {
    if (file.size === 0) throw invalid(`${file.filename} is empty`);
    if (!isSupported(file.contentType)) {
      throw invalid(`${file.filename}: the type ${file.contentType} is not supported (PDF, text, or an image)`);
    }
    if (externalId === undefined) continue;
    if (seen.has(externalId)) throw invalid(`external_ids: ${externalId} is given twice`);
    seen.add(externalId);
  }
}

async function containerFor(trx: Db, actor: Actor, target: Target) {
  if (target.trainingDataId) return requireTrainingData(trx, actor, target.trainingDataId);
  if (!target.trainingDataName?.trim()) throw invalid('Provide training_data_id or training_data_name');
  return addTrainingData(trx, actor, { name: target.trainingDataName, visibility: target.visibility });
}

/** Adds each document, or replaces the one with its external id; answers the blob keys the replaced ones held. */
async function putDocuments(trx: Db, containerId: string, actor: Actor, documents: readonly NewDocument[]) {
  const rows: TrainingDataDocumentRow[] = [];
  const replacedKeys: string[] = [];
  for (const { file, fileName, externalId } of documents) {
    const existing = externalId ? await findDocumentByExternalId(trx, containerId, externalId) : undefined;
    const row: TrainingDataDocumentRow = {
      id: existing?.id ?? newId(),
      workspace_id: actor.workspaceId,
      training_data_id: containerId,
      external_id: externalId ?? null,
      file_name: fileName ? cleanFilename(fileName) : file.filename,
      file_type: file.contentType.split(';')[0]!,
      file_size: file.size,
      blob_key: file.key,
      created_at: existing?.created_at ?? nowIso(),
    };
    if (existing) {
      await replaceDocument(trx, row);
      replacedKeys.push(existing.blob_key);
    } else await insertDocument(trx, row);
    rows.push(row);
  }
  return { rows, replacedKeys };
}

/**
 * Files the stored files as documents of the target container (made when named by a new name), in one transaction
 * with its event and audit entry. On failure the stored bytes are removed; on success the bytes of replaced
 * documents are.
 */
export async function fileDocuments(deps: Deps, actor: Actor, target: Target, documents: readonly NewDocument[]) {
  try {
    checkDocuments(documents);
    const { container, replacedKeys } = await withNameRace(deps, actor, target.trainingDataName, () =>
      deps.store.db.transaction().execute(async (trx) => {
        const container = await containerFor(trx, actor, target);
        const { rows, replacedKeys } = await putDocuments(trx, container.id, actor, documents);
        await touchTrainingData(trx, container.id, nowIso());
        await recordEvent(trx, {
          workspaceId: actor.workspaceId,
          type: 'training_data.documents_uploaded',
          subjectId: container.id,
          payload: {
            training_data_id: container.id,
            documents: rows.map((r) => ({
              id: r.id,
              external_id: r.external_id,
              file_name: r.file_name,
              file_type: r.file_type,
              file_size: r.file_size,
            })),
          },
        });
        await auditTrainingData(trx, actor, 'training_data.documents_uploaded', container.id, {
          document_ids: rows.map((r) => r.id).join(','),
        });
        return { container: await requireTrainingData(trx, actor, container.id), replacedKeys };
      }),
    );
    await Promise.all(replacedKeys.map((key) => deps.blobs.delete(key)));
    return (await presentTrainingData(deps.store.db, [container]))[0]!;
  } catch (error) {
    await Promise.all(documents.map(({ file }) => deps.blobs.delete(file.key)));
    throw error;
  }
}
