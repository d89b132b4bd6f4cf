import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { FastifySchemaCompiler } from 'fastify';
import type { JsonSchema } from '../contract/spec.js';

/**
 * Request validation with two Ajv instances: bodies are checked as sent (a number is not a string), while query
 * strings and path parameters, which are text on the wire, are coerced to the schema's types.
 */
export function createValidatorCompiler(sharedSchemas: JsonSchema[]): FastifySchemaCompiler<JsonSchema> {
  const options = { strict: false, allErrors: false, useDefaults: false } as const;
  const body = new Ajv({ ...options, coerceTypes: false });
  const text = new Ajv({ ...options, coerceTypes: 'array' });
  for (const schema of sharedSchemas) {
    body.addSchema(schema);
    text.addSchema(schema);
  }
  return ({ schema, httpPart }) => (httpPart === 'body' ? body : text).compile(schema) as ValidateFunction;
}

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
