/** What one POST to a receiver came to. */
export interface SendResult {
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

/** POSTs a signed event to a receiver; never throws. Redirects are not followed (a 3xx is a failed attempt). */
export async function postWebhook(
  url: string,
  headers: Record<string, string>,
  body: string,
  timeoutMs: number,
): Promise<SendResult> {
  const started = performance.now();
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers,
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    await res.arrayBuffer().catch(() => undefined);
    const ok = res.status >= 200 && res.status < 300;
    return {
      statusCode: res.status,
      error: ok ? null : `Receiver answered ${res.status}`,
      durationMs: Math.round(performance.now() - started),
    };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    const name =
      (error as Error).name === 'TimeoutError'
        ? `No answer within ${timeoutMs} ms`
        : (cause ?? (error as Error).message);
    return { statusCode: null, error: String(name).slice(0, 300), durationMs: Math.round(performance.now() - started) };
  }
}

/** A 4xx other than 408 and 429 says the receiver will never take this event: it is not retried. */
export const isRetryable = (result: SendResult): boolean =>
  result.statusCode === null ||
  result.statusCode >= 500 ||
  result.statusCode === 408 ||
  result.statusCode === 429 ||
  result.statusCode < 400;
