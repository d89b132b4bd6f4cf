/**
 * The contract as data. Helpline ships the two OpenAPI documents it implements (`contract/`, kept identical to the
 * project's specification) and derives route schemas, response serialization, the served OpenAPI document and the
 * per-endpoint rate limits from them, so no shape is copied by hand.
 *
 * Precedence: the seven Messages operations come from `messages-api.openapi.json` (the seed). For component schemas
 * present in both documents, a request body accepts what either accepts (union of properties, intersection of
 * required), and a response answers in the seed's shapes (the seed's property definitions win).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

type JsonObject = Record<string, unknown>;
export type JsonSchema = JsonObject;

interface OpenApiOperation {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
}
interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, JsonObject>; responses?: Record<string, JsonObject> };
}

const CONTRACT_DIR = fileURLToPath(new URL('../../../contract/', import.meta.url));
const readDocument = (file: string): OpenApiDocument =>
  JSON.parse(readFileSync(CONTRACT_DIR + file, 'utf8')) as OpenApiDocument;

export const SEED_FILE = 'messages-api.openapi.json';
export const PYLON_FILE = 'pylon-openapi.json';

const seed = readDocument(SEED_FILE);
const pylon = readDocument(PYLON_FILE);

/** Drops vendor extensions and numeric formats that JSON Schema validators do not know; rewrites refs to `$id`s. */
function clean(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(clean);
  if (node === null || typeof node !== 'object') return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node as JsonObject)) {
    if (key.startsWith('x-') || key === 'example' || key === 'examples') continue;
    if (key === 'format' && typeof value === 'string' && /^(int32|int64|float|double)$/.test(value)) continue;
    if (key === '$ref' && typeof value === 'string') {
      out.$ref = `${value.replace('#/components/schemas/', '')}#`;
      continue;
    }
    out[key] = clean(value);
  }
  return out;
}

const REQUEST_NAME = /Request(Body)?$/;

/** Component names used by request bodies (directly or through references), in either document. */
const requestSchemaNames: Set<string> = (() => {
  const names = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node as JsonObject)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/schemas/')) {
        const name = value.slice('#/components/schemas/'.length);
        if (!names.has(name)) {
          names.add(name);
          visit(seed.components.schemas[name]);
          visit(pylon.components.schemas[name]);
        }
      } else {
        visit(value);
      }
    }
  };
  for (const doc of [seed, pylon]) {
    for (const [name, schema] of Object.entries(doc.components.schemas)) {
      if (REQUEST_NAME.test(name)) {
        names.add(name);
        visit(schema);
      }
    }
  }
  return names;
})();

/** A schema a request body uses accepts what either document accepts; a response answers in the seed's shape. */
const isRequestSchema = (name: string): boolean => requestSchemaNames.has(name);

function mergeComponent(name: string, newer: JsonObject | undefined, older: JsonObject | undefined): JsonObject {
  if (!newer) return older!;
  if (!older) return newer;
  const newerProps = (newer.properties ?? {}) as JsonObject;
  const olderProps = (older.properties ?? {}) as JsonObject;
  const properties = isRequestSchema(name) ? { ...olderProps, ...newerProps } : { ...newerProps, ...olderProps };
  const newerRequired = (newer.required ?? []) as string[];
  const olderRequired = new Set((older.required ?? []) as string[]);
  const required = newerRequired.filter((r) => olderRequired.has(r));
  const merged: JsonObject = { ...newer, ...older, properties };
  if (required.length > 0) merged.required = required;
  else delete merged.required;
  return merged;
}

const components: Record<string, JsonSchema> = (() => {
  const names = new Set([...Object.keys(pylon.components.schemas), ...Object.keys(seed.components.schemas)]);
  const out: Record<string, JsonSchema> = {};
  for (const name of names) {
    const merged = mergeComponent(name, pylon.components.schemas[name], seed.components.schemas[name]);
    out[name] = { ...(clean(merged) as JsonObject), $id: name };
  }
  return out;
})();

function collectRefs(node: unknown, into: Set<string>): void {
  if (Array.isArray(node)) return node.forEach((n) => collectRefs(n, into));
  if (node === null || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node as JsonObject)) {
    if (key === '$ref' && typeof value === 'string') {
      const name = value.replace(/#$/, '');
      if (!into.has(name)) {
        into.add(name);
        collectRefs(components[name], into);
      }
    } else {
      collectRefs(value, into);
    }
  }
}

/** A reference to a contract component, for use in a route schema. */
export function ref(name: string): JsonSchema {
  if (!components[name]) throw new Error(`The contract has no schema named ${name}`);
  return { $ref: `${name}#` };
}

/** Every component schema (with `$id`) that the given schemas reference, directly or not. */
export function componentsReferencedBy(schemas: unknown[]): JsonSchema[] {
  const names = new Set<string>();
  collectRefs(schemas, names);
  return [...names].sort().map((n) => components[n]!);
}

export function componentSchema(name: string): JsonSchema {
  const schema = components[name];
  if (!schema) throw new Error(`The contract has no schema named ${name}`);
  return schema;
}

export interface OperationFacts {
  operationId: string;
  summary: string;
  description: string;
  /** Requests per minute per workspace, as the contract states it. */
  rateLimitPerMinute: number | undefined;
  tags: string[];
}

const RATE_LIMIT = /\*\*Rate limit:\*\*\s*(\d+)\s+requests per minute/i;

/** What the contract says of one operation; the seed wins for the seven Messages operations. */
export function operationFacts(method: string, openApiPath: string): OperationFacts | undefined {
  const m = method.toLowerCase();
  const fromSeed = seed.paths[openApiPath]?.[m];
  const fromPylon = pylon.paths[openApiPath]?.[m];
  const op = fromSeed ?? fromPylon;
  if (!op) return undefined;
  const description = fromPylon?.description ?? op.description ?? '';
  const rate = (fromSeed?.description ?? description).match(RATE_LIMIT);
  return {
    operationId: op.operationId ?? `${m}${openApiPath}`,
    summary: op.summary ?? '',
    description,
    rateLimitPerMinute: rate ? Number(rate[1]) : undefined,
    tags: op.tags ?? [],
  };
}

/** One operation of the contract: its method, its OpenAPI path and its id. */
export interface ContractOperation {
  method: string;
  path: string;
  operationId: string;
}

/** Every operation either document describes, once each, in path order. */
export function contractOperations(): ContractOperation[] {
  const seen = new Map<string, ContractOperation>();
  for (const doc of [seed, pylon]) {
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const method of Object.keys(operations)) {
        const facts = operationFacts(method, path);
        if (facts) seen.set(`${method.toUpperCase()} ${path}`, { method: method.toUpperCase(), path, ...facts });
      }
    }
  }
  return [...seen.values()]
    .map(({ method, path, operationId }) => ({ method, path, operationId }))
    .sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}

/** `/issues/:id/messages` → `/issues/{id}/messages`. */
export const toOpenApiPath = (fastifyPath: string): string => fastifyPath.replace(/:([A-Za-z_]+)/g, '{$1}');

interface RawOperation extends OpenApiOperation {
  parameters?: { name: string; in: string; schema?: JsonObject; description?: string }[];
  requestBody?: { content?: Record<string, { schema?: JsonObject }> };
  responses?: Record<string, { $ref?: string; content?: Record<string, { schema?: JsonObject }> }>;
}

const rawOperation = (doc: OpenApiDocument, path: string, method: string) =>
  doc.paths[path]?.[method.toLowerCase()] as RawOperation | undefined;

/** The request and response schemas the contract gives one operation. */
export interface OperationSchemas {
  /** Every query parameter either document names, all optional: clients omit what they like. */
  querystring?: JsonSchema;
  body?: JsonSchema;
  response?: JsonSchema;
}

function responseSchemaOf(doc: OpenApiDocument, op: RawOperation | undefined): JsonSchema | undefined {
  const ok = op?.responses?.['200'];
  if (!ok) return undefined;
  const resolved = ok.$ref
    ? (doc.components.responses?.[ok.$ref.replace('#/components/responses/', '')] as typeof ok | undefined)
    : ok;
  const schema = resolved?.content?.['application/json']?.schema;
  return schema ? (clean(schema) as JsonSchema) : undefined;
}

export function operationSchemas(method: string, openApiPath: string): OperationSchemas {
  const fromSeed = rawOperation(seed, openApiPath, method);
  const fromPylon = rawOperation(pylon, openApiPath, method);
  const queryParams = [...(fromPylon?.parameters ?? []), ...(fromSeed?.parameters ?? [])].filter(
    (p) => p.in === 'query',
  );
  const properties: JsonObject = {};
  for (const p of queryParams)
    properties[p.name] = clean({ ...(p.schema ?? { type: 'string' }), description: p.description });
  const bodyRef = (fromSeed ?? fromPylon)?.requestBody?.content?.['application/json']?.schema;
  return {
    querystring: queryParams.length > 0 ? { type: 'object', properties } : undefined,
    body: bodyRef ? (clean(bodyRef) as JsonSchema) : undefined,
    response: responseSchemaOf(seed, fromSeed) ?? responseSchemaOf(pylon, fromPylon),
  };
}

/** The descriptions the contract gives an operation's path parameters, by name (the seed's win). */
export function pathParameterDescriptions(method: string, openApiPath: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const op of [rawOperation(pylon, openApiPath, method), rawOperation(seed, openApiPath, method)]) {
    for (const p of op?.parameters ?? []) if (p.in === 'path' && p.description) out[p.name] = p.description;
  }
  return out;
}

/** The error statuses (4xx and 5xx) the contract documents for an operation, in either document. */
export function contractErrorStatuses(method: string, openApiPath: string): number[] {
  const statuses = new Set<number>();
  for (const op of [rawOperation(pylon, openApiPath, method), rawOperation(seed, openApiPath, method)]) {
    for (const key of Object.keys(op?.responses ?? {})) if (/^[45]\d\d$/.test(key)) statuses.add(Number(key));
  }
  return [...statuses].sort((a, b) => a - b);
}
