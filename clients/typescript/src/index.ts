import createClient, { type Client } from 'openapi-fetch';
import type { WithErrorEnvelope } from './errors.js';
import { authorizationMiddleware, idempotencyKeyMiddleware, type TokenSource } from './headers.js';
import { retryMiddleware } from './retry.js';
import type { components, operations, paths } from './schema.js';

export { HelplineApiError, unwrap, type HelplineErrorBody } from './errors.js';
export { IDEMPOTENT_WRITES, type TokenSource } from './headers.js';
export { parseRetryAfter } from './retry.js';
export type { components, operations, paths };

export interface HelplineClientOptions {
  /** Where Helpline answers, e.g. `http://127.0.0.1:8080`. */
  baseUrl: string;
  /** An API token (`hl_…`), or a function giving the current one. */
  token: TokenSource;
  /** Attempts after the first when the answer is 429 or 503, or when a retry-safe request is lost. Default 3. */
  retries?: number;
  /** Longest wait before a retry, whatever Retry-After asks. Default 30 000 ms. */
  maxRetryDelayMs?: number;
  /** First backoff wait when the server gives no Retry-After (doubled per attempt, jittered). Default 500 ms. */
  retryBaseDelayMs?: number;
  /** Send an Idempotency-Key on reply, note and thread creation unless the call brings one. Default true. */
  idempotencyKeys?: boolean;
  /** The fetch to send requests with (a proxy agent, a test double, ...). Default: the global fetch. */
  fetch?: typeof globalThis.fetch;
}

/** Helpline's paths, each answering either its documented success body or the error envelope. */
export type HelplinePaths = WithErrorEnvelope<paths>;
export type HelplineClient = Client<HelplinePaths>;

type Schemas = components['schemas'];
export type Issue = Schemas['Issue'];
export type Message = Schemas['Message'];
export type IssueThread = Schemas['IssueThread'];
export type Account = Schemas['Account'];
export type Contact = Schemas['Contact'];
export type User = Schemas['User'];
export type Me = Schemas['Me'];
export type AuditLog = Schemas['AuditLog'];
export type Pagination = Schemas['Pagination'];
export type CreateIssueRequest = Schemas['CreateIssueRequest'];
export type UpdateIssueRequest = Schemas['UpdateIssueRequestBody'];
export type CreateIssueReplyRequest = Schemas['CreateIssueReplyRequestBody'];
export type CreateIssueNoteRequest = Schemas['CreateIssueNoteRequestBody'];
export type CreateIssueThreadRequest = Schemas['CreateIssueThreadRequestBody'];

/**
 * A client for Helpline's API, typed by the document it serves: paths, parameters, bodies and answers are checked
 * at compile time. Calls answer `{ data, error, response }` (openapi-fetch); `error` is the error envelope.
 */
export function createHelplineClient(options: HelplineClientOptions): HelplineClient {
  const client = createClient<HelplinePaths>({ baseUrl: options.baseUrl, fetch: options.fetch });
  client.use(authorizationMiddleware(options.token));
  if (options.idempotencyKeys ?? true) client.use(idempotencyKeyMiddleware());
  // Last, so that it copies each request with every header the others set.
  client.use(
    retryMiddleware({
      retries: options.retries ?? 3,
      maxDelayMs: options.maxRetryDelayMs ?? 30_000,
      baseDelayMs: options.retryBaseDelayMs ?? 500,
    }),
  );
  return client;
}
