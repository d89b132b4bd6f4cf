import { promisify } from 'node:util';
import { constants, gunzip, gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);
/** Large chunks: a snapshot is megabytes, and each chunk is one trip to the thread pool and back. */
const CHUNK_BYTES = 1024 * 1024;

/** One table's rows, as arrays in the order of `columns` (names are written once, not per row). */
export interface SavedTable {
  name: string;
  columns: string[];
  rows: unknown[][];
}

/** What a snapshot holds: the workspace's own row, and every row of every table of the workspace. */
export interface SnapshotContent {
  format: 1;
  workspace: Record<string, unknown>;
  tables: SavedTable[];
}

/** A binary value (an attachment's content) inside the JSON. */
interface EncodedBytes {
  base64: string;
}

const isEncodedBytes = (value: unknown): value is EncodedBytes =>
  value !== null && typeof value === 'object' && typeof (value as EncodedBytes).base64 === 'string';

/** Text, numbers and NULL go into JSON as they are; bytes as base64 (every other column is text or a number). */
export const encodeValue = (value: unknown): unknown =>
  value instanceof Uint8Array ? { base64: Buffer.from(value).toString('base64') } : value;

export const decodeValue = (value: unknown): unknown =>
  isEncodedBytes(value) ? Buffer.from(value.base64, 'base64') : value;

/**
 * Gzipped JSON. The fastest compression level: a snapshot is taken and restored far more often than it is kept
 * long, and the compression runs off the event loop.
 */
export async function encodeSnapshot(content: SnapshotContent): Promise<Buffer> {
  return gzipAsync(JSON.stringify(content), { level: constants.Z_BEST_SPEED, chunkSize: CHUNK_BYTES });
}

export async function decodeSnapshot(stored: Uint8Array): Promise<SnapshotContent> {
  const json = (await gunzipAsync(stored, { chunkSize: CHUNK_BYTES })).toString('utf8');
  const content = JSON.parse(json) as SnapshotContent;
  if (content.format !== 1) throw new Error(`Unknown snapshot format ${String(content.format)}`);
  return content;
}
