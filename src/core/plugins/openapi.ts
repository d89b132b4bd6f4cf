import { readFileSync } from 'node:fs';
import swagger, { type SwaggerTransform, type SwaggerTransformObject } from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fp from 'fastify-plugin';
import {
  DOCUMENTED_ERRORS,
  ERROR_ENVELOPE,
  errorResponseSchemas,
  NOT_READY,
  type DocumentedError,
} from '../http/error-responses.js';
import { EXTENSION_NOTE } from '../http/operation-docs.js';
import { HELPLINE_ICON_SVG, HELPLINE_WORDMARK_SVG } from './assets/helpline-brand.js';

// Three folders up from both src/core/plugins/ and dist/core/plugins/.
const { version } = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

const DESCRIPTION = `Helpline speaks Pylon's public REST API, and adds a few operations of its own, each marked \
\`x-helpline-extension: true\`.

**Authentication.** Every operation but the health checks and attachment links needs \
\`Authorization: Bearer <token>\`. A missing, malformed, unknown or revoked token is answered 401; an operation that \
manages the workspace needs an admin token and answers a member 403. Another workspace's objects are not found (404).

**Envelopes.** A success answers \`{ data, request_id }\`; a list adds \`pagination: { cursor, has_next_page }\`. \
Every 4xx and 5xx answers the error envelope \`{ errors: [message, ...], request_id, exists_id? }\` \
(\`exists_id\` names the object that already exists, on a duplicate). Every answer carries its request id in the \
\`X-Request-Id\` header too.

**Limits.** Each workspace has a per-minute allowance per operation (Pylon's operations state theirs in their \
description; every limited answer carries \`X-Rate-Limit-*\` headers); past it, 429 with \`Retry-After\`. A write \
that honours \`Idempotency-Key\` answers a retry with the same key as it answered the first time.`;

/**
 * Error responses go into the document only, never into the schemas Fastify serializes with: serializing the error
 * handler's bodies through them would drop what they do not list (the readiness check's `checks`) and turn a
 * mismatch into a 500. The test client checks every error answer against the document instead.
 */
const addErrorResponses: SwaggerTransform = ({ schema, url, route }) => {
  const { [DOCUMENTED_ERRORS]: errors, ...rest } = schema as Record<string, unknown>;
  if (!errors) return { schema: rest, url };
  // A route without a success schema gets a bare 200 only when it lists no response: keep one beside the errors.
  const success = (rest.response as object | undefined) ?? { 200: { description: 'Success', type: 'null' } };
  const documented = errorResponseSchemas(errors as Record<number, DocumentedError>);
  const methods = [route.method].flat();
  const conditional = methods.includes('GET') ? { 304: NOT_MODIFIED } : {};
  return { schema: { ...rest, response: { ...success, ...conditional, ...documented } }, url };
};

/** Every GET answers with an ETag (core/plugins/conditional-requests.ts). */
const NOT_MODIFIED = {
  description: "Not Modified: the request's If-None-Match names the current ETag of the answer; no body",
  type: 'null',
};

type Operation = { tags?: string[]; 'x-helpline-extension'?: boolean };

/** One tag object per resource: Pylon's, Helpline's own (marked), or Pylon's with Helpline extensions. */
const describeTags: SwaggerTransformObject = (documentObject) => {
  if (!('openapiObject' in documentObject)) return documentObject.swaggerObject;
  const document = documentObject.openapiObject;
  const extension = new Map<string, boolean[]>();
  for (const item of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(item ?? {}) as Operation[]) {
      for (const tag of operation?.tags ?? []) {
        extension.set(tag, [...(extension.get(tag) ?? []), operation['x-helpline-extension'] === true]);
      }
    }
  }
  const tags = [...extension.keys()].sort().map((name) => {
    const marks = extension.get(name)!;
    if (marks.every(Boolean)) return { name, description: EXTENSION_NOTE, 'x-helpline-extension': true };
    const mixed = marks.some(Boolean) ? ', with Helpline extensions (marked `x-helpline-extension`)' : '';
    return { name, description: `Pylon's ${name} resource${mixed}.` };
  });
  return { ...document, tags };
};

/**
 * The OpenAPI document of every route Helpline serves (built from the route schemas, so from the contract) at
 * `/openapi.json`, and an interactive reference at `/docs`. Neither needs a token.
 */
export default fp<{ publicUrl: string }>(
  async (app, { publicUrl }) => {
    app.addSchema(ERROR_ENVELOPE);
    app.addSchema(NOT_READY);
    await app.register(swagger, {
      openapi: {
        openapi: '3.0.3',
        info: { title: 'Helpline API', version, description: DESCRIPTION },
        servers: [{ url: publicUrl }],
        components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' } } },
      },
      refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => String(json.$id ?? `def-${i}`) },
      transform: addErrorResponses,
      transformObject: describeTags,
    });
    // Its own Content-Security-Policy, with the hashes of the page's inline scripts; the logo is a data: URL.
    await app.register(swaggerUi, {
      routePrefix: '/docs',
      staticCSP: true,
      logo: { type: 'image/svg+xml', content: HELPLINE_WORDMARK_SVG },
      theme: {
        title: 'Helpline API reference',
        favicon: [
          { filename: 'favicon.svg', rel: 'icon', type: 'image/svg+xml', sizes: 'any', content: HELPLINE_ICON_SVG },
        ],
      },
    });
    app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  },
  { name: 'openapi' },
);
