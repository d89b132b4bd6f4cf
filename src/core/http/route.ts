import type { FastifyReply, FastifyRequest, HTTPMethods } from 'fastify';
import { operationFacts, operationSchemas, toOpenApiPath, type JsonSchema } from '../contract/spec.js';
import type { Actor } from '../actor.js';
import type { Deps } from '../deps.js';

export interface RouteTypes {
  Params?: Record<string, string>;
  Querystring?: Record<string, unknown>;
  Body?: unknown;
}

export interface HandlerContext<T extends RouteTypes> {
  request: FastifyRequest<{ Params: T['Params']; Querystring: T['Querystring']; Body: T['Body'] }>;
  reply: FastifyReply;
  deps: Deps;
  /** The caller; on routes without auth, an error to touch. */
  actor: Actor;
}

/**
 * One API operation. Schemas, summary, description and rate limit come from the contract by method and URL;
 * `schema` adds to or overrides what the contract gives.
 */
export interface RouteDefinition<T extends RouteTypes = RouteTypes> {
  method: HTTPMethods;
  url: string;
  /** Whether a bearer token is required (default true). */
  auth?: boolean;
  schema?: { querystring?: JsonSchema; body?: JsonSchema; response?: JsonSchema; summary?: string; description?: string; tags?: string[]; hide?: boolean };
  /** Requests per minute per workspace when the contract has no figure for this operation. */
  rateLimitPerMinute?: number;
  /** Honours the Idempotency-Key header. */
  idempotent?: boolean;
  handler: (ctx: HandlerContext<T>) => Promise<unknown>;
}

export const defineRoute = <T extends RouteTypes>(route: RouteDefinition<T>): RouteDefinition => route as unknown as RouteDefinition;

/** Everything Fastify needs for a route, resolved from the definition and the contract. */
export function resolveRoute(route: RouteDefinition) {
  const openApiPath = toOpenApiPath(route.url);
  const facts = operationFacts(route.method as string, openApiPath);
  const fromContract = operationSchemas(route.method as string, openApiPath);
  const own = route.schema ?? {};
  const params = [...route.url.matchAll(/:([A-Za-z_]+)/g)].map((m) => m[1]!);
  const schema: Record<string, unknown> = {
    operationId: facts?.operationId,
    summary: own.summary ?? facts?.summary,
    description: own.description ?? facts?.description,
    tags: own.tags ?? facts?.tags,
    hide: own.hide,
    params: params.length > 0 ? { type: 'object', properties: Object.fromEntries(params.map((p) => [p, { type: 'string' }])), required: params } : undefined,
    querystring: own.querystring ?? fromContract.querystring,
    body: own.body ?? fromContract.body,
    response: (own.response ?? fromContract.response) ? { 200: own.response ?? fromContract.response } : undefined,
    security: route.auth === false ? [] : [{ bearerAuth: [] }],
  };
  for (const key of Object.keys(schema)) if (schema[key] === undefined) delete schema[key];
  return { schema, rateLimitPerMinute: route.rateLimitPerMinute ?? facts?.rateLimitPerMinute };
}

/** The success envelope: `{ data, request_id }`, plus `pagination` for lists. */
export function ok(request: FastifyRequest, result: unknown): Record<string, unknown> {
  if (result !== null && typeof result === 'object' && 'data' in result) return { ...(result as object), request_id: request.id };
  return { data: result, request_id: request.id };
}

/** A query schema for lists the contract gives no paging parameters. */
export const PAGE_QUERY: JsonSchema = {
  type: 'object',
  properties: {
    cursor: { type: 'string', description: 'The cursor to use for pagination.' },
    limit: { type: 'integer', description: 'The number of items to fetch, 1 to 1000 (default 100).' },
  },
};
