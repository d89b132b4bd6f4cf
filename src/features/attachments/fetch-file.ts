import { get as httpGet, type IncomingMessage } from 'node:http';
import { get as httpsGet } from 'node:https';
import { isIP } from 'node:net';
import type { AttachmentConfig } from '../../config.js';
import { AppError, invalid } from '../../core/errors.js';
import {
  hostOf,
  isInternalAddress,
  PrivateAddressError,
  publicOnlyLookup,
  refusalOfHost,
} from '../../core/net/public-address.js';

/** Redirects followed at most; each hop passes the same address checks. */
const MAX_REDIRECTS = 5;

/** A file being fetched: its name from the URL, and its body as it arrives. */
export interface RemoteFile {
  filename: string;
  /** Fails with a 400 (the URL's fault) or a 413 (too large); ends the fetch when its time is up. */
  chunks: AsyncIterable<Buffer>;
}

type Policy = Pick<AttachmentConfig, 'fetchTimeoutMs' | 'fetchAllowPrivateNetworks' | 'maxBytes'>;

/** The last path segment, decoded, or "file". */
function filenameOf(url: URL): string {
  const last = url.pathname.split('/').filter(Boolean).pop() ?? '';
  try {
    return decodeURIComponent(last) || 'file';
  } catch {
    return last || 'file';
  }
}

function parseTarget(raw: string): URL {
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || raw.length > 2048)
    throw invalid('file_url must be an absolute http(s) URL of at most 2048 characters');
  return url;
}

/** Refuses a host inside the network before connecting (the connection's own lookup checks again). */
async function checkHost(url: URL, policy: Policy): Promise<void> {
  if (policy.fetchAllowPrivateNetworks) return;
  const host = hostOf(url);
  const refusal = isIP(host)
    ? isInternalAddress(host)
      ? `refused: ${host} is a private address`
      : undefined
    : await refusalOfHost(host);
  if (refusal) throw invalid(`file_url ${refusal}`);
}

/** Why the fetch failed, as the client's error: the URL's path and credentials are never repeated. */
function fetchFailure(error: unknown, policy: Policy, signal: AbortSignal): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof PrivateAddressError) return invalid(`file_url ${error.message}`);
  // Cut off by the time limit: the socket reports a reset or an abort, whichever came first.
  if (signal.aborted) return invalid(`file_url: the file did not arrive within ${policy.fetchTimeoutMs} ms`);
  const code = (error as NodeJS.ErrnoException).code;
  return invalid(`file_url could not be fetched (${String(code ?? 'network error').slice(0, 60)})`);
}

function request(url: URL, policy: Policy, signal: AbortSignal): Promise<IncomingMessage> {
  const options = {
    signal,
    agent: false as const,
    headers: { accept: '*/*', 'user-agent': 'Helpline attachment fetcher' },
    ...(policy.fetchAllowPrivateNetworks ? {} : { lookup: publicOnlyLookup }),
  };
  return new Promise((resolve, reject) => {
    const sent = url.protocol === 'https:' ? httpsGet(url, options, resolve) : httpGet(url, options, resolve);
    sent.on('error', reject);
  });
}

/** The response with the file, after following redirects (each target checked like the first). */
async function responseFor(raw: string, policy: Policy, signal: AbortSignal): Promise<IncomingMessage> {
  let url = parseTarget(raw);
  for (let hop = 0; ; hop++) {
    await checkHost(url, policy);
    const response = await request(url, policy, signal);
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (status >= 300 && status < 400 && location && hop < MAX_REDIRECTS) {
      response.resume();
      url = parseTarget(new URL(location, url).toString());
      continue;
    }
    if (status < 200 || status >= 300) {
      response.resume();
      throw invalid(`file_url could not be fetched: the server answered ${status}`);
    }
    if (Number(response.headers['content-length'] ?? 0) > policy.maxBytes) {
      response.destroy();
      throw new AppError('payload_too_large', `The file is larger than ${policy.maxBytes} bytes`);
    }
    return response;
  }
}

/**
 * Starts fetching a file by URL for an upload, on the same terms as webhook deliveries: only public addresses
 * (unless the installation allows private networks), checked again on every connection so a name rebound to an
 * internal address is never reached. The whole transfer, redirects and body included, must end within the timeout.
 */
export async function fetchRemoteFile(raw: string, policy: Policy): Promise<RemoteFile> {
  const signal = AbortSignal.timeout(policy.fetchTimeoutMs);
  let response: IncomingMessage;
  try {
    response = await responseFor(raw, policy, signal);
  } catch (error) {
    throw fetchFailure(error, policy, signal);
  }
  const filename = filenameOf(parseTarget(raw));
  async function* chunks(): AsyncGenerator<Buffer> {
    try {
      for await (const chunk of response) yield chunk as Buffer;
    } catch (error) {
      throw fetchFailure(error, policy, signal);
    } finally {
      response.destroy();
    }
  }
  return { filename, chunks: chunks() };
}
