import { invalid } from '../../core/errors.js';

/** An avatar is an http(s) address of a .png, .jpg or .jpeg image (whether it is square is the client's care). */
export function avatarUrl(value: string, field = 'avatar_url'): string {
  const trimmed = value.trim();
  let url: URL | undefined;
  try {
    url = new URL(trimmed);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || !/\.(png|jpe?g)$/i.test(url.pathname)) {
    throw invalid(`${field} must be an http(s) address of a .png, .jpg or .jpeg image`);
  }
  return trimmed;
}
