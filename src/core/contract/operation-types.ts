/**
 * Request and response types of contract operations, looked up by the method and Fastify URL a route registers,
 * so handlers take their shapes from the contract documents rather than from hand-written interfaces.
 *
 * The precedence is the one `spec.ts` applies at runtime: for the seven Messages operations a request body accepts
 * what either document accepts (every property of both, required only where both require it) and a response answers
 * in the seed's shape. Wherever the contract declares nothing (no JSON body, no query parameters, no JSON 200, or an
 * operation the contract does not have) the type is `unknown`, which is what Fastify gives an unvalidated part: the
 * handler must narrow it before use rather than trust a shape nobody checked.
 *
 * The generated files come from `npm run contract:types`; a test fails if they no longer match the contract.
 */
import type { components as PylonComponents, paths as PylonPaths } from './generated/pylon.js';
import type { components as SeedComponents, paths as SeedPaths } from './generated/messages-api.js';

type Simplify<T> = { [K in keyof T]: T[K] } & {};
type IsNever<T> = [T] extends [never] ? true : false;

/** `/issues/:id/messages/:message_id` → `/issues/{id}/messages/{message_id}`. */
export type OpenApiPathOf<U extends string> = U extends `${infer Head}:${infer Name}/${infer Rest}`
  ? `${Head}{${Name}}/${OpenApiPathOf<Rest>}`
  : U extends `${infer Head}:${infer Name}`
    ? `${Head}{${Name}}`
    : U;

type ParamNames<U extends string> = U extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<Rest>
  : U extends `${string}:${infer Name}`
    ? Name
    : never;

/**
 * One document's operation, or `never`. Absent methods are generated as `post?: never`, so the key exists with an
 * `undefined` value; `NonNullable` turns that into `never`.
 */
type OperationIn<Paths, M extends string, U extends string> =
  OpenApiPathOf<U> extends keyof Paths
    ? Lowercase<M> extends keyof Paths[OpenApiPathOf<U>]
      ? NonNullable<Paths[OpenApiPathOf<U>][Lowercase<M>]>
      : never
    : never;

type SeedOperation<M extends string, U extends string> = OperationIn<SeedPaths, M, U>;
type PylonOperation<M extends string, U extends string> = OperationIn<PylonPaths, M, U>;

type JsonContentOf<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

/** `requestBody` is optional in every generated operation (neither document requires one) and `never` if absent. */
type JsonBodyOf<Op> = [Op] extends [never]
  ? never
  : Op extends { requestBody?: infer RequestBody }
    ? JsonContentOf<NonNullable<RequestBody>>
    : never;

type QueryOf<Op> = [Op] extends [never]
  ? never
  : Op extends { parameters: { query?: infer Query } }
    ? NonNullable<Query>
    : never;

/** Responses are inline in the seed and `components["responses"][...]` in pylon; both resolve to `{ content }`. */
type JsonOkOf<Op> = [Op] extends [never]
  ? never
  : Op extends { responses: { 200: infer Ok } }
    ? JsonContentOf<Ok>
    : never;

/** `keyof never` is every key there is; a document that declares nothing contributes none. */
type KeysOf<T> = IsNever<T> extends true ? never : keyof T;
type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];
type RequiredInBoth<A, B> = Extract<RequiredKeys<A>, RequiredKeys<B>>;
/** A property's value type with the `undefined` that optionality adds; the merged type re-adds optionality itself. */
type PropertyOf<T, K extends PropertyKey> = K extends keyof T ? Exclude<T[K], undefined> : never;
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/**
 * What a body validated against either document can be: every property of both, a property typed as either
 * document types it, and required only where both documents require it.
 */
type AcceptEither<A, B> =
  Equal<A, B> extends true
    ? A
    : Simplify<
        { [K in RequiredInBoth<A, B>]: PropertyOf<A, K> | PropertyOf<B, K> } & {
          [K in Exclude<keyof A | keyof B, RequiredInBoth<A, B>>]?: PropertyOf<A, K> | PropertyOf<B, K>;
        }
      >;

type OrUnknown<T> = IsNever<T> extends true ? unknown : T;

/** Whether either contract document defines this method on this URL. */
export type HasContractOperation<M extends string, U extends string> =
  IsNever<SeedOperation<M, U> | PylonOperation<M, U>> extends true ? false : true;

/** The JSON request body; `unknown` when the operation takes none, or takes only `multipart/form-data`. */
export type ContractBody<M extends string, U extends string> = OrUnknown<
  IsNever<JsonBodyOf<SeedOperation<M, U>>> extends true
    ? JsonBodyOf<PylonOperation<M, U>>
    : IsNever<JsonBodyOf<PylonOperation<M, U>>> extends true
      ? JsonBodyOf<SeedOperation<M, U>>
      : AcceptEither<JsonBodyOf<SeedOperation<M, U>>, JsonBodyOf<PylonOperation<M, U>>>
>;

/** Query parameters either document names, all optional: clients omit what they like. */
export type ContractQuery<M extends string, U extends string> = OrUnknown<
  IsNever<QueryOf<SeedOperation<M, U>> | QueryOf<PylonOperation<M, U>>> extends true
    ? never
    : Simplify<{
        [K in KeysOf<QueryOf<SeedOperation<M, U>>> | KeysOf<QueryOf<PylonOperation<M, U>>>]?:
          PropertyOf<QueryOf<SeedOperation<M, U>>, K> | PropertyOf<QueryOf<PylonOperation<M, U>>, K>;
      }>
>;

/**
 * Path parameters as Fastify hands them over (always strings), read from the URL itself so a route cannot name a
 * parameter its path lacks. The method plays no part; it is accepted so every helper reads the same.
 */
export type ContractParams<_M extends string, U extends string> =
  IsNever<ParamNames<U>> extends true ? Record<string, never> : { [K in ParamNames<U>]: string };

/** The JSON body of the 200 response: the seed's when the seed has the operation, pylon's otherwise. */
export type ContractResponse<M extends string, U extends string> = OrUnknown<
  IsNever<JsonOkOf<SeedOperation<M, U>>> extends true ? JsonOkOf<PylonOperation<M, U>> : JsonOkOf<SeedOperation<M, U>>
>;

type SeedSchemas = SeedComponents['schemas'];
type PylonSchemas = PylonComponents['schemas'];

/** Every component schema name of either document. */
export type ContractSchemaName = keyof SeedSchemas | keyof PylonSchemas;

/**
 * A component schema by name. A request-body component present in both documents accepts either (as
 * `ContractBody`); any other shared component is the seed's, since responses answer in the seed's shape. The
 * request-body test is the name, the same root `spec.ts` starts from; components those bodies reference (such as
 * `CustomSourceInfo`) are the seed's here, while the body types themselves accept either document's version.
 */
export type ContractSchema<Name extends ContractSchemaName> = Name extends keyof SeedSchemas
  ? Name extends keyof PylonSchemas
    ? Name extends `${string}Request` | `${string}RequestBody`
      ? AcceptEither<SeedSchemas[Name], PylonSchemas[Name]>
      : SeedSchemas[Name]
    : SeedSchemas[Name]
  : Name extends keyof PylonSchemas
    ? PylonSchemas[Name]
    : never;

/**
 * Request types for a Fastify route generic, e.g. `app.post<ContractRequest<'POST', '/issues/:id/note'>>(...)`.
 * `Reply` is left out: a route also sends error bodies under other status codes, which a single reply type would
 * refuse; type the success payload with `ContractResponse` instead.
 */
export interface ContractRequest<M extends string, U extends string> {
  Body: ContractBody<M, U>;
  Querystring: ContractQuery<M, U>;
  Params: ContractParams<M, U>;
}
