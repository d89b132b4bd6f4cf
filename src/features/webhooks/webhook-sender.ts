import { Agent as HttpAgent, request as httpRequest, type ClientRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import type { DeliveryConfig } from '../../config.js';
import {
  hostOf,
  isInternalAddress,
  PrivateAddressError,
  publicOnlyLookup,
  refusalMessage,
} from '../../core/net/public-address.js';

/**
 * Bytes of a receiver's answer read at most. Its status is the answer; the body is read only so the exchange ends
 * cleanly, and a receiver streaming without end must not hold a slot or fill memory.
 */
export const MAX_RESPONSE_BYTES = 64 * 1024;

/** What one POST to a receiver came to. */
export interface SendResult {
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  /** Nothing was sent: the receiver is not allowed (a private address) or its URL is unusable. Waiting won't help. */
  refused: boolean;
}

/** POSTs a signed event to a receiver; never throws. Redirects are not followed (a 3xx is a failed attempt). */
export type WebhookSender = (url: string, headers: Record<string, string>, body: string) => Promise<SendResult>;

type Exchange = Omit<SendResult, 'durationMs'>;

const verdict = (statusCode: number): string | null =>
  statusCode >= 200 && statusCode < 300 ? null : `Receiver answered ${statusCode}`;

function describe(error: Error): Exchange {
  if (error instanceof PrivateAddressError) return { statusCode: null, error: error.message, refused: true };
  const code = (error as NodeJS.ErrnoException).code;
  return { statusCode: null, error: String(code ?? error.message).slice(0, 300), refused: false };
}

/**
 * One request and its answer, all within `timeoutMs` (connect, headers and body). Once the status has arrived it is
 * the outcome, even if the body is then cut at MAX_RESPONSE_BYTES or by the time limit.
 */
function exchange(send: () => ClientRequest, body: string, timeoutMs: number): Promise<Exchange> {
  return new Promise((resolve) => {
    let statusCode: number | null = null;
    let request: ClientRequest | undefined;
    let settled = false;
    const settle = (outcome: Exchange) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const answered = (): Exchange => ({ statusCode, error: verdict(statusCode ?? 0), refused: false });
    const timedOut: Exchange = { statusCode: null, error: `No answer within ${timeoutMs} ms`, refused: false };
    const timer = setTimeout(() => {
      settle(statusCode === null ? timedOut : answered());
      request?.destroy();
    }, timeoutMs);
    try {
      request = send();
    } catch (error) {
      // Thrown before anything is sent (a header or URL the HTTP client rejects): the same every time.
      return settle({ ...describe(error as Error), refused: true });
    }
    request.on('response', (response) => {
      statusCode = response.statusCode ?? 0;
      let read = 0;
      response.on('data', (chunk: Buffer) => {
        read += chunk.length;
        if (read <= MAX_RESPONSE_BYTES) return;
        settle(answered());
        request?.destroy();
      });
      response.on('end', () => settle(answered()));
      // A body cut short (by the receiver or by us) leaves the status as the answer.
      response.on('error', () => settle(answered()));
      response.on('close', () => settle(answered()));
    });
    request.on('error', (error) => settle(describe(error)));
    request.end(body);
  });
}

/**
 * A sender for the installation's policy. Connections are kept alive per receiver; a new one is only opened to an
 * address that passes the policy (the lookup refuses internal ones), so a name rebound to an internal address after
 * the endpoint was created is never connected to.
 */
export function createWebhookSender(config: Pick<DeliveryConfig, 'timeoutMs' | 'allowPrivateNetworks'>): WebhookSender {
  const { timeoutMs, allowPrivateNetworks } = config;
  const connect = { keepAlive: true, ...(allowPrivateNetworks ? {} : { lookup: publicOnlyLookup }) };
  const agents = { http: new HttpAgent(connect), https: new HttpsAgent(connect) };
  return async (url, headers, body) => {
    const started = performance.now();
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      return { statusCode: null, error: 'The endpoint URL is not valid', durationMs: 0, refused: true };
    }
    const host = hostOf(target);
    // An IP literal is connected to without a lookup, so the lookup's check is made here instead.
    if (!allowPrivateNetworks && isIP(host) && isInternalAddress(host)) {
      return { statusCode: null, error: refusalMessage(host), durationMs: 0, refused: true };
    }
    const https = target.protocol === 'https:';
    const options = {
      method: 'POST',
      headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
      agent: https ? agents.https : agents.http,
    };
    const send = () => (https ? httpsRequest(target, options) : httpRequest(target, options));
    const outcome = await exchange(send, body, timeoutMs);
    return { ...outcome, durationMs: Math.round(performance.now() - started) };
  };
}

/** A 4xx other than 408 and 429 says the receiver will never take this event: it is not retried; nor is a refusal. */
export const isRetryable = (result: SendResult): boolean =>
  !result.refused &&
  (result.statusCode === null ||
    result.statusCode >= 500 ||
    result.statusCode === 408 ||
    result.statusCode === 429 ||
    result.statusCode < 400);
