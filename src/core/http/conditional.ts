import { createHash } from 'node:crypto';

/**
 * Whether an `If-None-Match` header names `etag` (weak comparison, RFC 9110 §13.1.2): the client's copy is current
 * and the answer is 304 without a body.
 */
export function ifNoneMatchHits(header: string | string[] | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  const wanted = opaque(etag);
  return (Array.isArray(header) ? header.join(',') : header)
    .split(',')
    .some((tag) => tag.trim() === '*' || opaque(tag) === wanted);
}

/** A weak ETag of an answer's bytes (apart from its request id, which differs on every answer). */
export function bodyTag(payload: string | Buffer, requestId: string): string {
  const text = typeof payload === 'string' ? payload : payload.toString('utf8');
  const hash = createHash('sha1').update(text.replace(requestId, '')).digest('base64url');
  return `W/"${hash.slice(0, 27)}"`;
}
