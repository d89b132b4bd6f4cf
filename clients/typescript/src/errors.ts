/** The body of every 4xx and 5xx answer from Helpline. */
export interface HelplineErrorBody {
  errors: string[];
  request_id: string;
  /** The id of the object that already exists, on a duplicate. */
  exists_id?: string;
}

/**
 * Every error answer is the envelope above, including statuses an operation's description may not list (a 413, a
 * 503 from a backing service that does not answer): the client types them all alike.
 */
interface ErrorEnvelopeResponse {
  headers: { [name: string]: unknown };
  content: { 'application/json': HelplineErrorBody };
}

/** Every operation of `P` with the error envelope as its `default` answer, so `error` is typed on every call. */
export type WithErrorEnvelope<P> = {
  [Path in keyof P]: {
    [Method in keyof P[Path]]: P[Path][Method] extends { responses: infer R }
      ? Omit<P[Path][Method], 'responses'> & { responses: R & { default: ErrorEnvelopeResponse } }
      : P[Path][Method];
  };
};

/** An error answer, thrown by `unwrap`: its status, the envelope's messages and the request id to quote. */
export class HelplineApiError extends Error {
  readonly status: number;
  readonly errors: string[];
  readonly requestId: string | undefined;
  readonly existsId: string | undefined;

  constructor(response: Response, body: HelplineErrorBody | string | undefined) {
    const envelope = typeof body === 'object' ? body : undefined;
    const errors = envelope?.errors ?? [typeof body === 'string' && body ? body : response.statusText];
    super(`${response.status}: ${errors.join('; ')}`);
    this.name = 'HelplineApiError';
    this.status = response.status;
    this.errors = errors;
    this.requestId = envelope?.request_id ?? response.headers.get('X-Request-Id') ?? undefined;
    this.existsId = envelope?.exists_id;
  }
}

/**
 * The data of a call's answer, or a thrown `HelplineApiError`, for code that prefers exceptions to checking
 * `error` after each call: `const { data: issue } = unwrap(await client.GET('/issues/{id}', ...))`.
 */
export function unwrap<T, E>(result: { data?: T; error?: E; response: Response }): T {
  if (result.response.ok) return result.data as T;
  throw new HelplineApiError(result.response, result.error as HelplineErrorBody | string | undefined);
}
