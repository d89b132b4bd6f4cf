/**
 * Validates responses against the specification itself (../shared/spec when present, else the shipped copy), read
 * independently of the server's own schema handling: the seed for the seven Messages operations, Pylon's
 * document for the rest.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SPEC_DIR = existsSync(`${ROOT}../shared/spec/messages-api.openapi.json`)
  ? `${ROOT}../shared/spec/`
  : `${ROOT}contract/`;

type Doc = {
  paths: Record<
    string,
    Record<
      string,
      { responses?: Record<string, { $ref?: string; content?: { 'application/json'?: { schema?: object } } }> }
    >
  >;
  components: { responses?: Record<string, { content?: { 'application/json'?: { schema?: object } } }> };
};

const load = (file: string): Doc => JSON.parse(readFileSync(SPEC_DIR + file, 'utf8')) as Doc;
const documents = { seed: load('messages-api.openapi.json'), pylon: load('pylon-openapi.json') };

const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
ajv.addSchema({ ...documents.seed, $id: 'seed' });
ajv.addSchema({ ...documents.pylon, $id: 'pylon' });

interface Template {
  source: 'seed' | 'pylon';
  path: string;
  regex: RegExp;
  params: number;
}
const templates: Template[] = (['seed', 'pylon'] as const).flatMap((source) =>
  Object.keys(documents[source].paths).map((path) => ({
    source,
    path,
    regex: new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}$`),
    params: (path.match(/\{/g) ?? []).length,
  })),
);

const ERROR_SCHEMA = 'seed#/components/schemas/ErrorApiResponseBody';
const cache = new Map<string, ValidateFunction | null>();

function schemaRefFor(source: 'seed' | 'pylon', path: string, method: string, status: number): string | undefined {
  const responses = documents[source].paths[path]?.[method]?.responses ?? {};
  const key = responses[String(status)] ? String(status) : status >= 400 && responses['400'] ? '400' : undefined;
  if (!key) return undefined;
  const response = responses[key]!;
  if (response.$ref)
    return `${source}#/components/responses/${response.$ref.split('/').pop()}/content/application~1json/schema`;
  if (!response.content?.['application/json']?.schema) return undefined;
  const pointer = encodeURIComponent(path.replace(/~/g, '~0').replace(/\//g, '~1'));
  return `${source}#/paths/${pointer}/${method}/responses/${key}/content/application~1json/schema`;
}

/** The operation of the contract a request goes to, or undefined for Helpline's own endpoints. */
export function contractOperation(method: string, url: string): { source: 'seed' | 'pylon'; path: string } | undefined {
  const path = url.split('?')[0]!;
  const m = method.toLowerCase();
  const candidates = templates
    .filter((t) => t.regex.test(path) && documents[t.source].paths[t.path]?.[m])
    .sort((a, b) => (a.source === b.source ? a.params - b.params : a.source === 'seed' ? -1 : 1));
  return candidates[0];
}

/** Throws when a response body does not match the contract's schema for its operation and status. */
export function assertMatchesContract(method: string, url: string, status: number, body: unknown): void {
  const op = contractOperation(method, url);
  if (!op) return;
  const ref =
    schemaRefFor(op.source, op.path, method.toLowerCase(), status) ?? (status >= 400 ? ERROR_SCHEMA : undefined);
  if (!ref) return;
  let validate = cache.get(ref);
  if (validate === undefined) {
    validate = ajv.getSchema(ref) ?? null;
    cache.set(ref, validate);
  }
  if (!validate) throw new Error(`No schema at ${ref}`);
  if (!validate(body)) {
    throw new Error(
      `${method} ${url} → ${status} does not match the contract (${op.source} ${op.path}): ` +
        `${ajv.errorsText(validate.errors)}\n${JSON.stringify(body).slice(0, 500)}`,
    );
  }
}

/**
 * The document the server serves at `/openapi.json`, checked too: what the server says of itself must hold for every
 * answer, error answers included. Compiled once per process for each configuration a test builds with (a setting
 * may change which routes are served).
 */
type ServedResponse = { content?: { 'application/json'?: { schema?: object } } };
type ServedDoc = { paths: Record<string, Record<string, { responses?: Record<string, ServedResponse> }>> };

export interface ServedDocument {
  /** The served operation a request goes to (HEAD is GET's), or undefined for anything else. */
  operation(method: string, url: string): { path: string; method: string } | undefined;
  /** Throws when a response's status is not documented for its operation, or its JSON body does not match. */
  assertMatches(method: string, url: string, status: number, body: unknown): void;
}

const servedDocuments = new Map<string, Promise<ServedDocument>>();

/** The served document of a configuration, loaded with `load` the first time that configuration is built. */
export function servedDocumentFor(configuration: string, load: () => Promise<ServedDoc>): Promise<ServedDocument> {
  let found = servedDocuments.get(configuration);
  if (!found) {
    found = load().then(compileServedDocument);
    servedDocuments.set(configuration, found);
  }
  return found;
}

export function compileServedDocument(doc: ServedDoc): ServedDocument {
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  ajv.addSchema({ ...doc, $id: 'served' });
  const templates = Object.keys(doc.paths).map((path) => ({
    path,
    regex: new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}$`),
    params: (path.match(/\{/g) ?? []).length,
  }));
  const operation = (method: string, url: string) => {
    const path = url.split('?')[0]!;
    const m = method === 'HEAD' ? 'get' : method.toLowerCase();
    const found = templates
      .filter((t) => t.regex.test(path) && doc.paths[t.path]?.[m])
      .sort((a, b) => a.params - b.params);
    return found[0] && { path: found[0].path, method: m };
  };
  const validators = new Map<string, ValidateFunction>();
  const validatorAt = (ref: string): ValidateFunction => {
    let validate = validators.get(ref);
    if (!validate) {
      validate = ajv.getSchema(ref);
      if (!validate) throw new Error(`No schema at ${ref}`);
      validators.set(ref, validate);
    }
    return validate;
  };
  const assertMatches = (method: string, url: string, status: number, body: unknown): void => {
    const op = operation(method, url);
    if (!op) return;
    const responses = doc.paths[op.path]![op.method]!.responses ?? {};
    const where = `${method} ${url} → ${status} (served ${op.method.toUpperCase()} ${op.path})`;
    const response = responses[String(status)];
    if (!response) throw new Error(`${where}: the status is not documented (${Object.keys(responses).join(', ')})`);
    if (body === undefined || !response.content?.['application/json']?.schema) return;
    const pointer = encodeURIComponent(op.path.replace(/~/g, '~0').replace(/\//g, '~1'));
    const validate = validatorAt(
      `served#/paths/${pointer}/${op.method}/responses/${status}/content/application~1json/schema`,
    );
    if (!validate(body)) {
      throw new Error(
        `${where} does not match the served document: ${ajv.errorsText(validate.errors)}\n` +
          JSON.stringify(body).slice(0, 500),
      );
    }
  };
  return { operation, assertMatches };
}
