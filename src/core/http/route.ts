import { Type, type Static, type TSchema } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest, FastifySchema } from 'fastify';
import type { Actor } from '../actor.js';
import {
  contractErrorStatuses,
  operationFacts,
  operationSchemas,
  pathParameterDescriptions,
  toOpenApiPath,
  type JsonSchema,
} from '../contract/spec.js';
import type { ContractBody, ContractParams, ContractQuery, ContractResponse } from '../contract/operation-types.js';
import type { Deps } from '../deps.js';
import { DOCUMENTED_ERRORS, errorResponsesOf } from './error-responses.js';
import { describeExtension, describePathParameter, resourceTag } from './operation-docs.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Helpline's own schemas for an operation: for its extensions, which the contract does not describe, or to narrow
 * what the contract gives. Written once with TypeBox, they validate, document and type the route alike; a plain
 * JSON schema (a contract component reshaped) validates and documents, and the type stays the contract's.
 */
export interface OwnSchemas {
  querystring?: JsonSchema;
  body?: JsonSchema;
  response?: JsonSchema;
  summary?: string;
  description?: string;
  hide?: boolean;
}

type Own<S, K extends keyof OwnSchemas, Otherwise> = S extends { [P in K]: infer T extends TSchema }
  ? Static<T>
  : Otherwise;

/** The request and success-response types of a route: its own schemas where it has them, else the contract's. */
export interface RouteTypes<M extends HttpMethod, U extends string, S extends OwnSchemas> {
  Params: ContractParams<M, U>;
  Querystring: Own<S, 'querystring', ContractQuery<M, U>>;
  Body: Own<S, 'body', ContractBody<M, U>>;
  Response: Own<S, 'response', ContractResponse<M, U>>;
}

export interface HandlerContext<T extends { Params: unknown; Querystring: unknown; Body: unknown }> {
  request: FastifyRequest<{ Params: T['Params']; Querystring: T['Querystring']; Body: T['Body'] }>;
  reply: FastifyReply;
  deps: Deps;
  /** The caller; on routes without auth, an error to touch. */
  actor: Actor;
}

/** A route as written in a feature's `routes/` folder. */
export interface RouteSpec<M extends HttpMethod, U extends string, S extends OwnSchemas> {
  method: M;
  url: U;
  /** Whether a bearer token is required (default true). */
  auth?: boolean;
  /** The role the caller needs: 'admin' for operations that manage the workspace; absent, any signed-in role. */
  role?: 'admin';
  schema?: S;
  /** Requests per minute per workspace when the contract has no figure for this operation. */
  rateLimitPerMinute?: number;
  /** Honours the Idempotency-Key header. */
  idempotent?: boolean;
  /** A test control: served only with TEST_CONTROLS=true, else no such route (404). */
  testControl?: boolean;
  /** Answers the success body (typed by the contract or the route's own schema), or sends the reply itself. */
  handler: (ctx: HandlerContext<RouteTypes<M, U, S>>) => Promise<RouteTypes<M, U, S>['Response'] | FastifyReply>;
}

/** What a surface needs of a route: its facts, and how to add it to an instance with the resolved schema. */
export interface RouteDefinition {
  method: HttpMethod;
  url: string;
  auth: boolean;
  /** The role the caller needs, checked by the surface after authentication; undefined, any signed-in role. */
  role: 'admin' | undefined;
  schema: OwnSchemas | undefined;
  rateLimitPerMinute: number | undefined;
  /** Served only when the test controls are on. */
  testControl?: boolean;
  register(instance: FastifyInstance, resolved: ResolvedRoute): void;
}

export interface ResolvedRoute {
  schema: FastifySchema;
  rateLimitPerMinute: number | undefined;
}

/**
 * One API operation. Schemas, summary, description and rate limit come from the contract by method and URL, and so
 * do the handler's request and response types; `schema` adds to or overrides what the contract gives.
 */
export function defineRoute<
  const M extends HttpMethod,
  const U extends string,
  const S extends OwnSchemas = Record<never, never>,
>(spec: RouteSpec<M, U, S>): RouteDefinition {
  const auth = spec.auth !== false;
  if (spec.role && !auth) throw new Error(`${spec.method} ${spec.url}: a role needs a signed-in caller (auth)`);
  return {
    method: spec.method,
    url: spec.url,
    auth,
    role: spec.role,
    schema: spec.schema,
    rateLimitPerMinute: spec.rateLimitPerMinute,
    testControl: spec.testControl,
    register(instance, resolved) {
      type T = RouteTypes<M, U, S>;
      instance.route<{ Params: T['Params']; Querystring: T['Querystring']; Body: T['Body'] }>({
        method: spec.method,
        url: spec.url,
        schema: resolved.schema,
        config: { auth, role: spec.role, rateLimitPerMinute: auth ? resolved.rateLimitPerMinute : undefined },
        handler: (request, reply) =>
          spec.handler({
            request,
            reply,
            deps: instance.helpline,
            get actor() {
              if (!request.actor) throw new Error('No caller on an authenticated route');
              return request.actor;
            },
          }),
      });
    },
  };
}

/** The path parameters' schema, each described by the contract or, for Helpline's own operations, by its URL. */
function paramsSchema(route: RouteDefinition, openApiPath: string): JsonSchema | undefined {
  const names = [...route.url.matchAll(/:([A-Za-z_]+)/g)].map((m) => m[1]!);
  if (names.length === 0) return undefined;
  const fromContract = pathParameterDescriptions(route.method, openApiPath);
  const describe = (name: string) => fromContract[name] ?? describePathParameter(route.url, name);
  return {
    type: 'object',
    properties: Object.fromEntries(names.map((name) => [name, { type: 'string', description: describe(name) }])),
    required: names,
  };
}

/** Everything Fastify needs for a route's schema, resolved from the definition and the contract. */
export function resolveRoute(route: RouteDefinition): ResolvedRoute {
  const openApiPath = toOpenApiPath(route.url);
  const facts = operationFacts(route.method, openApiPath);
  const fromContract = operationSchemas(route.method, openApiPath);
  const own = route.schema ?? {};
  const params = paramsSchema(route, openApiPath);
  const querystring = own.querystring ?? fromContract.querystring;
  const body = own.body ?? fromContract.body;
  const response = own.response ?? fromContract.response;
  const schema: Record<string, unknown> = {
    operationId: facts?.operationId,
    summary: own.summary ?? facts?.summary,
    description: facts ? (own.description ?? facts.description) : describeExtension(own.description),
    tags: [resourceTag(route.url, facts?.tags ?? [])],
    hide: own.hide,
    params,
    querystring,
    body,
    response: response ? { 200: response } : undefined,
    security: route.auth ? [{ bearerAuth: [] }] : [],
    'x-helpline-extension': facts ? undefined : true,
    [DOCUMENTED_ERRORS]: errorResponsesOf({
      method: route.method,
      url: route.url,
      auth: route.auth,
      role: route.role,
      hasPathParameters: params !== undefined,
      contractStatuses: contractErrorStatuses(route.method, openApiPath),
    }),
  };
  for (const key of Object.keys(schema)) if (schema[key] === undefined) delete schema[key];
  return { schema, rateLimitPerMinute: route.rateLimitPerMinute ?? facts?.rateLimitPerMinute };
}

/** The success envelope: `{ data, request_id }`, plus `pagination` for lists. */
export function ok<T extends { data: unknown }>(request: FastifyRequest, result: T): T & { request_id: string };
export function ok<T>(request: FastifyRequest, result: T): { data: T; request_id: string };
export function ok(request: FastifyRequest, result: unknown): object {
  if (result !== null && typeof result === 'object' && 'data' in result) return { ...result, request_id: request.id };
  return { data: result, request_id: request.id };
}

/** A query schema for Helpline's own lists (and lists the contract gives no paging): cursor paging like Pylon's. */
export const PAGE_QUERY = Type.Object({
  cursor: Type.Optional(Type.String({ description: 'The cursor to use for pagination.' })),
  limit: Type.Optional(Type.Integer({ description: 'The number of items to fetch, 1 to 1000 (default 100).' })),
});
