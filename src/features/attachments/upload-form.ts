import type { Multipart } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { AppError, invalid } from '../../core/errors.js';
import type { IncomingFile, UploadFields, UploadFormReader } from './upload.js';

/** Longest text field (`file_url`, `description`) of an upload form. */
const MAX_FIELD_BYTES = 64 * 1024;

const textField = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

/** `file_url` and `description` of a JSON or form-encoded body: a client with no file to send may send either. */
function fieldsOfBody(body: unknown): UploadFields {
  const fields = (body ?? {}) as Record<string, unknown>;
  return { fileUrl: textField(fields.file_url), description: textField(fields.description) };
}

/**
 * A failure of the form's parser is the client's (a missing boundary, a form cut short), answered 400; the
 * parser's own limits keep their status (413).
 */
export function malformed(error: unknown): Error {
  const status = (error as { statusCode?: number }).statusCode;
  if (error instanceof AppError || (status !== undefined && status >= 400 && status < 500)) return error as Error;
  return invalid(`The multipart/form-data body is malformed (${String((error as Error).message).slice(0, 100)})`);
}

/** The file part's bytes; a parse failure midway is the client's, like one between parts. */
export async function* bytesOf(file: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  try {
    for await (const chunk of file) yield chunk;
  } catch (error) {
    throw malformed(error);
  }
}

export async function nextPart(parts: AsyncIterator<Multipart>): Promise<Multipart | undefined> {
  try {
    const next = await parts.next();
    return next.done ? undefined : next.value;
  } catch (error) {
    throw malformed(error);
  }
}

/** Reads the parts in order: the file goes to `receive` as it streams in, before the parts after it are read. */
async function readParts(parts: AsyncIterator<Multipart>, receive: (file: IncomingFile) => Promise<void>) {
  const fields: UploadFields = {};
  let files = 0;
  for (let part = await nextPart(parts); part; part = await nextPart(parts)) {
    if (part.type === 'file') {
      if (part.fieldname !== 'file') {
        part.file.resume();
        continue;
      }
      if (++files > 1) throw invalid('Send one file per request');
      await receive({ filename: part.filename, chunks: bytesOf(part.file) });
    } else if (part.fieldname === 'file_url' || part.fieldname === 'description') {
      if (part.valueTruncated)
        throw new AppError('payload_too_large', `${part.fieldname} is longer than ${MAX_FIELD_BYTES} bytes`);
      if (part.fieldname === 'file_url') fields.fileUrl = textField(part.value);
      else fields.description = textField(part.value);
    }
  }
  return fields;
}

/**
 * The upload form of a request: `multipart/form-data` with a `file` part (and `file_url`, `description` fields), the
 * file handed over as it streams in. Other parts are ignored, like unknown JSON fields; a second file is refused.
 */
export function uploadFormOf(request: FastifyRequest, maxBytes: number): UploadFormReader {
  return async (receive) => {
    if (!request.isMultipart()) return fieldsOfBody(request.body);
    // One byte over the limit reaches the service, which refuses the file with a 413.
    const parts = request.parts({ limits: { fileSize: maxBytes + 1, fieldSize: MAX_FIELD_BYTES, parts: 100 } });
    return readParts(parts, receive);
  };
}
