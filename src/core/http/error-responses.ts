/**
 * The error answers each operation documents in the served OpenAPI document. They are documentation only: the error
 * handler's bodies are not serialized through them (see `core/plugins/openapi.ts`), and the test client checks every
 * error answer of the suite against them instead.
 */
import { Type, type Static } from '@sinclair/typebox';
import type { ErrorBody } from './errors.js';

/** The error envelope of every 4xx and 5xx answer: exactly what `sendError` sends. */
export const ERROR_ENVELOPE = Type.Object(
  {
    errors: Type.Array(Type.String(), { minItems: 1, description: 'What went wrong, one message per problem.' }),
    request_id: Type.String({ description: 'The request id, also sent as the X-Request-Id header.' }),
    exists_id: Type.Optional(
      Type.String({ description: 'On a duplicate (400): the id of the object that already exists.' }),
    ),
  },
  { $id: 'ErrorEnvelope', additionalProperties: false, description: 'The error envelope of every 4xx and 5xx answer.' },
);

/** The readiness check's 503: the envelope, plus what each backing service answered. */
export const NOT_READY = Type.Object(
  {
    errors: ERROR_ENVELOPE.properties.errors,
    request_id: ERROR_ENVELOPE.properties.request_id,
    checks: Type.Record(Type.String(), Type.Union([Type.Literal('ok'), Type.Literal('down')]), {
      description: 'Each backing service (database, Redis when configured): ok or down.',
    }),
  },
  { $id: 'NotReady', additionalProperties: false, description: 'The error envelope naming what does not answer.' },
);

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
/** Checked both ways, so the schema and `sendError`'s body cannot drift apart without the compiler saying so. */
export type EnvelopeIsErrorBody = Holds<Same<Static<typeof ERROR_ENVELOPE>, ErrorBody>>;

const REASONS: Record<number, string> = {
  400: 'The request is invalid, or duplicates an existing object (`exists_id` names it)',
  401: 'The bearer token is missing, malformed, unknown or revoked',
  403: "The caller's role may not do this: the operation needs an admin token",
  404: 'No such object in this workspace',
  413: 'The request body is too large',
  415: 'The request body is neither JSON (UTF-8) nor form-encoded',
  429: "The workspace's allowance for this operation is used up; Retry-After says when to come back",
  500: 'Internal error; the server log has the details under the request id',
  503: 'A backing service (the database, Redis) does not answer; retry shortly',
};

/** What decides the error answers an operation can give. */
export interface ErrorFacts {
  method: string;
  url: string;
  /** A bearer token is required (and the workspace's allowance is drawn). */
  auth: boolean;
  role: 'admin' | undefined;
  /** Path parameters name an object, which may not exist (a request body may name one too). */
  hasPathParameters: boolean;
  /** The error statuses the contract documents for the operation: Pylon's clients rely on them. */
  contractStatuses: number[];
}

/** Fastify reads a request body on every method but these. */
const BODYLESS_METHODS = new Set(['GET', 'HEAD']);

/** The error statuses an operation documents, in order. */
export function errorStatusesOf(facts: ErrorFacts): number[] {
  // 400 on every operation: besides its schemas, every request's path and query string are checked (no NUL
  // characters, a `limit` in decimal digits), whatever the route.
  const statuses = new Set<number>([400, 500, 503]);
  if (facts.auth) [401, 429].forEach((s) => statuses.add(s));
  if (facts.role === 'admin') statuses.add(403);
  if (!BODYLESS_METHODS.has(facts.method)) [413, 415].forEach((s) => statuses.add(s));
  // A path parameter names an object that may not exist; a body may name one too (`user_id`, `account_id`, ...).
  if (facts.hasPathParameters || !BODYLESS_METHODS.has(facts.method)) statuses.add(404);
  for (const status of facts.contractStatuses) if (REASONS[status]) statuses.add(status);
  return [...statuses].sort((a, b) => a - b);
}

/**
 * Answers that carry more than the envelope. The readiness check names each service's state, so an orchestrator's
 * log says what is down; its route declares no error schema of its own.
 */
const SPECIAL_BODIES: Record<string, Record<number, DocumentedError['component']>> = {
  'GET /readyz': { 503: 'NotReady' },
};

/**
 * The key of a route's schema that carries its error responses to the served document. Fastify does not read it, so
 * error answers are never serialized through these schemas.
 */
export const DOCUMENTED_ERRORS = 'documentedErrors';

/** An error response as a route's schema records it: by component name, not `$ref`, so no schema walk follows it. */
export interface DocumentedError {
  description: string;
  component: 'ErrorEnvelope' | 'NotReady';
}

/** The error responses of an operation, by status. */
export function errorResponsesOf(facts: ErrorFacts): Record<number, DocumentedError> {
  const special = SPECIAL_BODIES[`${facts.method} ${facts.url}`] ?? {};
  return Object.fromEntries(
    errorStatusesOf(facts).map((status) => [
      status,
      { description: REASONS[status]!, component: special[status] ?? 'ErrorEnvelope' },
    ]),
  );
}

/** The documented errors as response schemas of the served document, referring to the shared components. */
export function errorResponseSchemas(documented: Record<number, DocumentedError>): Record<number, object> {
  return Object.fromEntries(
    Object.entries(documented).map(([status, { description, component }]) => [
      status,
      { description, $ref: `${component}#` },
    ]),
  );
}
