import type { Actor } from '../../core/actor.js';
import type { ContractBody } from '../../core/contract/operation-types.js';
import type { Deps } from '../../core/deps.js';
import { invalid } from '../../core/errors.js';
import { fileDocuments, storeFile, type NewDocument, type StoredFile } from './training-data-documents.js';
import type { TrainingUploadReader } from './training-data-form.js';

/** Pylon's limit on the files of one upload together. */
const MAX_TOTAL_BYTES = 100 * 1024 * 1024;

function pairUp(stored: readonly StoredFile[], names: readonly string[], externalIds: readonly string[]) {
  if (stored.length === 0) throw invalid('Send at least one file (form field "files")');
  if (names.length > 0 && names.length !== stored.length) throw invalid('file_names must match the number of files');
  if (externalIds.length > 0 && externalIds.length !== stored.length) {
    throw invalid('external_ids must match the number of files');
  }
  return stored.map((file, i): NewDocument => ({
    file,
    fileName: names[i]?.trim() || undefined,
    externalId: externalIds[i] || undefined,
  }));
}

/**
 * `POST /training-data/upload`: up to ten files into an existing container (`training_data_id`) or a new one
 * (`training_data_name`). A file whose external id the container holds already replaces that document.
 */
export async function uploadTrainingDataFiles(deps: Deps, actor: Actor, readForm: TrainingUploadReader) {
  const stored: StoredFile[] = [];
  const budget = { left: MAX_TOTAL_BYTES };
  let fields;
  try {
    fields = await readForm(async (file) => {
      stored.push(await storeFile(deps, file, budget));
    });
  } catch (error) {
    await Promise.all(stored.map((file) => deps.blobs.delete(file.key)));
    throw error;
  }
  let documents: NewDocument[];
  try {
    documents = pairUp(stored, fields.file_names, fields.external_ids);
  } catch (error) {
    await Promise.all(stored.map((file) => deps.blobs.delete(file.key)));
    throw error;
  }
  const target = {
    trainingDataId: fields.training_data_id,
    trainingDataName: fields.training_data_name,
    visibility: fields.visibility,
  };
  return fileDocuments(deps, actor, target, documents);
}

async function* once(bytes: Buffer): AsyncGenerator<Buffer> {
  yield bytes;
}

/** `POST /training-data/upload-content`: text stored as a document, like an uploaded text file. */
export async function uploadTrainingDataContent(
  deps: Deps,
  actor: Actor,
  input: ContractBody<'POST', '/training-data/upload-content'>,
) {
  if (!input.content || input.content.trim() === '') throw invalid('content is required');
  if (input.content.includes('\u0000')) throw invalid('content must not contain NUL (U+0000) characters');
  const name = input.file_name?.trim() || 'content.txt';
  const file = await storeFile(
    deps,
    { filename: name, chunks: once(Buffer.from(input.content, 'utf8')) },
    { left: MAX_TOTAL_BYTES },
  );
  const target = {
    trainingDataId: input.training_data_id,
    trainingDataName: input.training_data_name,
    visibility: input.visibility,
  };
  return fileDocuments(deps, actor, target, [{ file, externalId: input.external_id || undefined }]);
}
