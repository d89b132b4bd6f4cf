import type { Multipart } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { AppError, invalid } from '../../core/errors.js';
import { bytesOf, nextPart } from '../attachments/upload-form.js';
import type { IncomingFile } from '../attachments/upload.js';

/** The text fields of `POST /training-data/upload`; list fields come as repeated parts (`name` or `name[]`). */
export interface TrainingUploadFields {
  training_data_id?: string;
  training_data_name?: string;
  visibility?: string;
  file_names: string[];
  external_ids: string[];
}

/** Reads the form, handing each file to `receive` as it arrives, and answers the other fields. */
export type TrainingUploadReader = (receive: (file: IncomingFile) => Promise<void>) => Promise<TrainingUploadFields>;

const MAX_FIELD_BYTES = 64 * 1024;
const MAX_FILES = 10;
const SINGLE = ['training_data_id', 'training_data_name', 'visibility'] as const;

function takeField(fields: TrainingUploadFields, name: string, value: string) {
  const base = name.endsWith('[]') ? name.slice(0, -2) : name;
  if (base === 'file_names' || base === 'external_ids') fields[base].push(value);
  else if ((SINGLE as readonly string[]).includes(base) && value.trim() !== '') {
    fields[base as (typeof SINGLE)[number]] = value.trim();
  }
}

async function readParts(parts: AsyncIterator<Multipart>, receive: (file: IncomingFile) => Promise<void>) {
  const fields: TrainingUploadFields = { file_names: [], external_ids: [] };
  let files = 0;
  for (let part = await nextPart(parts); part; part = await nextPart(parts)) {
    if (part.type === 'file') {
      if (part.fieldname !== 'files' && part.fieldname !== 'files[]') {
        part.file.resume();
        continue;
      }
      if (++files > MAX_FILES) throw invalid(`Send at most ${MAX_FILES} files`);
      await receive({ filename: part.filename, chunks: bytesOf(part.file) });
    } else {
      if (part.valueTruncated) {
        throw new AppError('payload_too_large', `${part.fieldname} is longer than ${MAX_FIELD_BYTES} bytes`);
      }
      if (typeof part.value === 'string') takeField(fields, part.fieldname, part.value);
    }
  }
  return fields;
}

/** The upload form of a request: `multipart/form-data` only, since files cannot come any other way. */
export function trainingUploadFormOf(request: FastifyRequest, maxBytes: number): TrainingUploadReader {
  return async (receive) => {
    if (!request.isMultipart()) throw invalid('Send the files as multipart/form-data (form field "files")');
    const parts = request.parts({
      limits: { fileSize: maxBytes + 1, fieldSize: MAX_FIELD_BYTES, parts: 100, files: MAX_FILES + 1 },
    });
    return readParts(parts, receive);
  };
}
