import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';
import type { FastifySchemaCompiler, FastifySerializerCompiler } from 'fastify';
import type { JsonSchema } from '../contract/spec.js';

/**
 * Request validation with two Ajv instances: bodies are checked as sent (a number is not a string), while query
 * strings and path parameters, which are text on the wire, are coerced to the schema's types.
 *
 * Compiling the contract's schemas is most of the cost of building the app, and every app in a process (each test,
 * each surface) compiles the same ones: compiled validators are kept per set of shared schemas and per schema.
 */
export function createValidatorCompiler(sharedSchemas: JsonSchema[]): FastifySchemaCompiler<JsonSchema> {
  const key = sharedSetKey(sharedSchemas);
  const cached = validatorCompilers.get(key);
  if (cached) return cached;
  const options = { strict: false, allErrors: false, useDefaults: false } as const;
  const body = new Ajv({ ...options, coerceTypes: false });
  const text = new Ajv({ ...options, coerceTypes: 'array' });
  for (const schema of sharedSchemas) {
    body.addSchema(schema);
    text.addSchema(schema);
  }
  const compiled = new Map<string, ValidateFunction>();
  const compiler: FastifySchemaCompiler<JsonSchema> = ({ schema, httpPart }) => {
    const ajv = httpPart === 'body' ? body : text;
    const schemaKey = `${httpPart === 'body' ? 'body' : 'text'} ${JSON.stringify(schema)}`;
    let validate = compiled.get(schemaKey);
    if (!validate) {
      validate = ajv.compile(schema);
      compiled.set(schemaKey, validate);
    }
    return validate;
  };
  validatorCompilers.set(key, compiler);
  return compiler;
}

/** Response serializers (fast-json-stringify, as Fastify's own), kept like the validators. */
export function createSerializerCompiler(sharedSchemas: JsonSchema[]): FastifySerializerCompiler<JsonSchema> {
  const key = sharedSetKey(sharedSchemas);
  const cached = serializerCompilers.get(key);
  if (cached) return cached;
  const external = Object.fromEntries(sharedSchemas.map((schema) => [String(schema.$id), schema]));
  const build = SerializerSelector()(external, {});
  const compiled = new Map<string, (data: unknown) => string>();
  const compiler: FastifySerializerCompiler<JsonSchema> = (route) => {
    const schemaKey = JSON.stringify(route.schema);
    let serialize = compiled.get(schemaKey);
    if (!serialize) {
      serialize = build({ ...route, httpStatus: String(route.httpStatus ?? '') });
      compiled.set(schemaKey, serialize);
    }
    return serialize;
  };
  serializerCompilers.set(key, compiler);
  return compiler;
}

const validatorCompilers = new Map<string, FastifySchemaCompiler<JsonSchema>>();
const serializerCompilers = new Map<string, FastifySerializerCompiler<JsonSchema>>();
/** The shared schemas are the contract's components: their ids name the set. */
const sharedSetKey = (sharedSchemas: JsonSchema[]): string => sharedSchemas.map((s) => String(s.$id)).join(' ');

function describe(error: ErrorObject, dataVar: string): string {
  const path = error.instancePath.replace(/^\//, '').replace(/\//g, '.');
  const field = path || dataVar;
  switch (error.keyword) {
    case 'required':
      return `${path ? `${path}.` : ''}${String(error.params.missingProperty)} is required`;
    case 'type':
      return `${field} must be ${String(error.params.type)}`;
    case 'enum':
      return `${field} must be one of ${(error.params.allowedValues as unknown[]).join(', ')}`;
    default:
      return `${field} ${error.message ?? 'is invalid'}`;
  }
}

/** Turns Ajv's errors into one sentence a client developer can act on. */
export function formatSchemaErrors(errors: ErrorObject[], dataVar: string): Error {
  return new Error(errors.map((e) => describe(e, dataVar)).join('; '));
}
