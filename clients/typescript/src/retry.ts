import type { Middleware } from 'openapi-fetch';

export interface RetryOptions {
  /** Extra attempts after the first. */
  retries: number;
  /** No wait is longer than this, whatever Retry-After asks, so a call never hangs for minutes. */
  maxDelayMs: number;
  /** First wait of the backoff used when the server gives no Retry-After; it doubles per attempt. */
  baseDelayMs: number;
}

/** Statuses that mean "not done, come back later": the server refused before doing anything. */
const RETRYABLE_STATUSES = new Set([429, 503]);

/** Methods whose repetition changes nothing, so a request whose answer was lost may be sent again. */
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE']);

type Outcome = { response: Response } | { error: unknown };

/**
 * After a network error the request may or may not have been carried out; sending it again is safe only when a
 * repeat cannot do it twice: an idempotent method, or a write carrying an Idempotency-Key (the server replays it).
 */
function isSafeToResend(request: Request): boolean {
  return IDEMPOTENT_METHODS.has(request.method) || request.headers.has('Idempotency-Key');
}

/** The wait Retry-After asks for, in milliseconds: delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential backoff with jitter, so clients refused together do not all come back at the same moment. */
function backoffDelay(attempt: number, options: RetryOptions): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1));
  return ceiling / 2 + Math.random() * (ceiling / 2);
}

/** How long to wait before sending the request again, or undefined when it must not be sent again. */
function delayBeforeRetry(request: Request, outcome: Outcome, attempt: number, options: RetryOptions) {
  if (attempt > options.retries || request.signal.aborted) return undefined;
  if ('error' in outcome) return isSafeToResend(request) ? backoffDelay(attempt, options) : undefined;
  if (!RETRYABLE_STATUSES.has(outcome.response.status)) return undefined;
  const asked = parseRetryAfter(outcome.response.headers.get('Retry-After'));
  return Math.min(options.maxDelayMs, asked ?? backoffDelay(attempt, options));
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Sends a refused or lost request again, up to `retries` times, waiting as the server asks. Each attempt sends a
 * copy of the request as it left the other middleware, so the body, the token and the Idempotency-Key are the same
 * every time. When the attempts run out, the caller gets the last answer (or the last network error).
 */
export function retryMiddleware(options: RetryOptions): Middleware {
  // A copy of each request in flight, taken before fetch consumes its body; present only until its first outcome.
  const pending = new Map<string, Request>();

  async function retry(id: string, fetch: typeof globalThis.fetch, first: Outcome): Promise<Response | Error> {
    const template = pending.get(id);
    pending.delete(id);
    let outcome = first;
    for (let attempt = 1; template; attempt++) {
      const delay = delayBeforeRetry(template, outcome, attempt, options);
      if (delay === undefined) break;
      // The abandoned answer's body is released, so its connection goes back to the pool.
      if ('response' in outcome) await outcome.response.body?.cancel();
      await sleep(delay, template.signal);
      try {
        outcome = { response: await fetch(template.clone()) };
      } catch (error) {
        outcome = { error };
      }
    }
    if ('response' in outcome) return outcome.response;
    return outcome.error instanceof Error ? outcome.error : new Error(String(outcome.error));
  }

  return {
    onRequest({ request, id }) {
      if (options.retries > 0) pending.set(id, request.clone());
    },
    async onResponse({ response, id, options: merged }) {
      const result = await retry(id, merged.fetch, { response });
      if (result instanceof Error) throw result;
      return result;
    },
    async onError({ error, id, options: merged }) {
      return retry(id, merged.fetch, { error });
    },
  };
}
