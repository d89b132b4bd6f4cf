import { isIP } from 'node:net';
import { invalid } from '../../core/errors.js';
import { parseTimestamp } from '../../core/clock.js';
import { hostOf, isInternalAddress } from '../../core/net/public-address.js';

const MAX_ATTACHMENTS = 100;
const MAX_URL_LENGTH = 2048;

/**
 * Whether an attachment URL from another help desk may be kept: an http(s) URL without credentials, not pointing
 * at this machine or a private network (whoever opens the link later would be sent there).
 */
function isSafeAttachmentUrl(raw: string): boolean {
  if (raw.length > MAX_URL_LENGTH) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (url.username !== '' || url.password !== '') return false;
  const host = hostOf(url).toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return false;
  return isIP(host) === 0 || !isInternalAddress(host);
}

/**
 * An import does not fail on an attachment it cannot keep: the URL is left out and reported back in the response's
 * `warnings.skipped_attachments`, collected in `skipped`.
 */
export function screenAttachmentUrls(field: string, urls: string[] | undefined, skipped: string[]): string[] {
  const list = urls ?? [];
  if (list.length > MAX_ATTACHMENTS) throw invalid(`${field} may hold at most ${MAX_ATTACHMENTS} URLs`);
  const kept = list.filter(isSafeAttachmentUrl);
  skipped.push(...list.filter((url) => !kept.includes(url)));
  return kept;
}

/** An optional RFC 3339 timestamp of the request, in the stored form; absent (or null) stays null. */
export const optionalTimestamp = (value: string | undefined, field: string): string | null =>
  value === undefined ? null : parseTimestamp(value, field);

/** An optional id from another system: trimmed, empty counts as absent. */
export function optionalExternalId(value: string | undefined, field: string): string | null {
  const trimmed = value?.trim() ?? '';
  if (trimmed.length > 255) throw invalid(`${field} must be at most 255 characters`);
  return trimmed === '' ? null : trimmed;
}
