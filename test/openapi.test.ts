import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv } from 'ajv';
import { loadApiRoutes } from '../src/surfaces/api/routes.js';
import { build } from './helpers/build.js';
import { compileServedDocument, contractOperation, SPEC_DIR } from './helpers/contract-validator.js';

// Test controls are served only with TEST_CONTROLS=true, which these servers do not set.
const ROUTES = (await loadApiRoutes()).filter((route) => !route.testControl);
const PACKAGE = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
const EXTENSION_NOTE = "Helpline extension, not part of Pylon's API.";

type Operation = {
  tags?: string[];
  description?: string;
  parameters?: { in: string; name: string; description?: string }[];
  requestBody?: object;
  responses: Record<string, { content?: { 'application/json'?: { schema?: { $ref?: string } } } }>;
  'x-helpline-extension'?: boolean;
};

const pathOf = (url: string) => url.replace(/:([a-z_]+)/g, '{$1}');

async function servedDocument(t: Parameters<typeof build>[0]) {
  const { api } = await build(t);
  const res = await api.get('/openapi.json', { token: null });
  assert.equal(res.status, 200);
  const operation = (route: (typeof ROUTES)[number]): Operation =>
    res.body.paths[pathOf(route.url)][route.method.toLowerCase()];
  return { doc: res.body, operation };
}

test('GET /openapi.json is a valid OpenAPI 3 document describing every served endpoint, without auth', async (t) => {
  const { api } = await build(t);
  const res = await api.get('/openapi.json', { token: null });
  assert.equal(res.status, 200);
  const result = await new Validator().validate(res.body);
  assert.equal(result.valid, true, JSON.stringify(result.errors)?.slice(0, 1000));
  for (const route of ROUTES) {
    const path = pathOf(route.url);
    assert.ok(res.body.paths[path]?.[(route.method as string).toLowerCase()], `${route.method} ${path} is described`);
  }
  const note = res.body.paths['/issues/{id}/note'].post;
  assert.equal(note.operationId, 'CreateIssueNote');
  assert.match(note.description, /Rate limit/);
  assert.ok(res.body.components.schemas.Message, 'the seed shapes are components');
});

test("the document's info describes Helpline: its title, its version, its auth and envelope conventions", async (t) => {
  const { doc } = await servedDocument(t);
  assert.equal(doc.info.title, 'Helpline API');
  assert.equal(doc.info.version, PACKAGE.version);
  assert.match(doc.info.description, /Authorization: Bearer <token>/);
  assert.match(doc.info.description, /\{ errors: \[message, \.\.\.\], request_id, exists_id\? \}/);
  assert.match(doc.info.description, /\{ data, request_id \}/);
});

test('every operation documents its error responses, each in the one error envelope', async (t) => {
  const { operation } = await servedDocument(t);
  for (const route of ROUTES) {
    const op = operation(route);
    const where = `${route.method} ${route.url}`;
    // Every request's path and query string are checked (NUL characters, `limit`), whatever the operation.
    const expected = new Set([400, 500, 503]);
    if (route.auth) [401, 429].forEach((s) => expected.add(s));
    if (route.role === 'admin') expected.add(403);
    if (route.method !== 'GET') [400, 413, 415].forEach((s) => expected.add(s));
    if (route.url.includes(':')) expected.add(404);
    for (const status of expected) {
      const schema = op.responses[String(status)]?.content?.['application/json']?.schema;
      assert.ok(schema, `${where} documents ${status}`);
      const envelope = route.url === '/readyz' && status === 503 ? 'NotReady' : 'ErrorEnvelope';
      assert.equal(schema.$ref, `#/components/schemas/${envelope}`, `${where} ${status}`);
    }
    if (!route.auth) assert.ok(!op.responses['401'], `${where} needs no token, so never answers 401`);
    if (route.role !== 'admin') assert.ok(!op.responses['403'] || contractOperation(route.method, route.url), where);
  }
});

test('the documented envelope allows exactly what the error handler sends, and the readiness checks', async (t) => {
  const { doc } = await servedDocument(t);
  const ajv = new Ajv({ strict: false });
  ajv.addSchema({ ...doc, $id: 'served' });
  const envelope = ajv.getSchema('served#/components/schemas/ErrorEnvelope')!;
  assert.ok(envelope({ errors: ['Issue not found'], request_id: 'r' }));
  assert.ok(envelope({ errors: ['Duplicate'], request_id: 'r', exists_id: 'e' }), 'exists_id on a duplicate');
  assert.ok(!envelope({ errors: [], request_id: 'r' }), 'at least one message');
  assert.ok(!envelope({ errors: ['x'] }), 'request_id is required');
  assert.ok(!envelope({ errors: ['x'], request_id: 'r', message: 'x' }), 'nothing else');
  const notReady = ajv.getSchema('served#/components/schemas/NotReady')!;
  assert.ok(
    notReady({ errors: ['Not ready: database does not answer'], request_id: 'r', checks: { database: 'down' } }),
  );
  assert.ok(!notReady({ errors: ['x'], request_id: 'r', checks: { database: 'maybe' } }));
});

test('the test client holds every answer to the served document: status documented, body matching', async (t) => {
  const { doc } = await servedDocument(t);
  const served = compileServedDocument(doc);
  const envelope = { errors: ['Issue not found'], request_id: 'r' };
  assert.doesNotThrow(() => served.assertMatches('GET', '/issues/42', 404, envelope));
  assert.throws(() => served.assertMatches('GET', '/issues/42', 404, { error: 'x' }), /served document/);
  assert.throws(() => served.assertMatches('GET', '/healthz', 401, envelope), /not documented/);
  assert.throws(() => served.assertMatches('GET', '/me', 200, { data: 1, request_id: 'r' }), /served/);
});

test('every path parameter is described, in the contract words where it has them', async (t) => {
  const { doc, operation } = await servedDocument(t);
  for (const route of ROUTES) {
    for (const parameter of operation(route).parameters ?? []) {
      if (parameter.in !== 'path') continue;
      assert.ok(parameter.description, `${route.method} ${route.url}: ${parameter.name} is described`);
    }
  }
  const describe = (path: string, method: string, name: string) =>
    (doc.paths[path][method] as Operation).parameters!.find((p) => p.name === name)!.description;
  assert.equal(describe('/issues/{id}', 'get', 'id'), 'The ID or number of the issue to fetch.');
  assert.equal(
    describe('/issues/{id}/messages/{message_id}/redact', 'post', 'message_id'),
    'The ID of the message to redact.',
  );
  assert.equal(describe('/webhooks/{id}/deliveries/{delivery_id}/replay', 'post', 'delivery_id'), "The delivery's id");
  assert.equal(describe('/attachments/{id}/{filename}', 'get', 'filename'), "The attachment's filename");
});

test('every operation has exactly one tag, its resource, and every tag is described', async (t) => {
  const { doc, operation } = await servedDocument(t);
  const described = new Set((doc.tags as { name: string; description: string }[]).map((tag) => tag.name));
  for (const route of ROUTES) {
    const tags = operation(route).tags ?? [];
    assert.equal(tags.length, 1, `${route.method} ${route.url}: ${JSON.stringify(tags)}`);
    assert.ok(described.has(tags[0]!), `${tags[0]} is in the document's tags`);
  }
  const tagOf = (path: string, method: string) => (doc.paths[path][method] as Operation).tags![0];
  assert.equal(tagOf('/me', 'get'), 'users');
  assert.equal(tagOf('/users/{id}', 'get'), 'users');
  assert.equal(tagOf('/helpline/users/{id}/deactivate', 'post'), 'users');
  assert.equal(tagOf('/helpline/api-tokens', 'get'), 'api-tokens');
  assert.equal(tagOf('/readyz', 'get'), 'health');
});

test("Helpline's extensions are marked, and Pylon's operations are not", async (t) => {
  const { doc, operation } = await servedDocument(t);
  for (const route of ROUTES) {
    const op = operation(route);
    const where = `${route.method} ${route.url}`;
    if (contractOperation(route.method, route.url)) {
      assert.equal(op['x-helpline-extension'], undefined, `${where} is Pylon's`);
    } else {
      assert.equal(op['x-helpline-extension'], true, `${where} is marked`);
      assert.ok(op.description?.endsWith(EXTENSION_NOTE), `${where}: ${op.description}`);
    }
  }
  for (const url of ['/webhooks', '/events', '/helpline/api-tokens', '/healthz', '/readyz']) {
    assert.equal(doc.paths[url].get['x-helpline-extension'], true, url);
  }
  const webhooks = (doc.tags as { name: string }[]).find((tag) => tag.name === 'webhooks');
  assert.deepEqual(webhooks, { name: 'webhooks', description: EXTENSION_NOTE, 'x-helpline-extension': true });
});

test('/docs serves the interactive reference without auth', async (t) => {
  const { app } = await build(t);
  const res = await app.inject({ method: 'GET', url: '/docs/' });
  assert.equal(res.statusCode, 200);
  assert.match(res.body, /swagger/i);
});

test('/docs is branded Helpline: its title, favicon and logo, none of Fastify', async (t) => {
  const { app } = await build(t);
  const page = await app.inject({ method: 'GET', url: '/docs/' });
  assert.match(page.body, /<title>Helpline API reference<\/title>/);
  assert.ok(!/favicon-(16|32)x\1\.png/.test(page.body), 'no Fastify favicon');
  assert.ok(page.headers['content-security-policy'], 'its policy still applies');
  const favicon = await app.inject({ method: 'GET', url: '/docs/static/theme/favicon.svg' });
  assert.equal(favicon.statusCode, 200);
  assert.match(String(favicon.headers['content-type']), /image\/svg\+xml/);

  const script = (await app.inject({ method: 'GET', url: '/docs/static/swagger-initializer.js' })).body;
  const logo = /data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)/.exec(script)?.[1];
  assert.ok(logo, 'the top bar shows a logo');
  const svg = Buffer.from(logo, 'base64').toString('utf8');
  assert.match(svg, /Helpline/);
  const fastifyLogo = readFileSync(new URL('../node_modules/@fastify/swagger-ui/static/logo.svg', import.meta.url));
  assert.notEqual(svg, fastifyLogo.toString('utf8'), 'not the Fastify logo');
  assert.ok(!/fastify/i.test(script), 'nothing of Fastify in the page configuration');
});

test('the contract shipped in contract/ is the specification, byte for byte', () => {
  for (const file of ['messages-api.openapi.json', 'pylon-openapi.json']) {
    const shipped = readFileSync(new URL(`../contract/${file}`, import.meta.url));
    assert.ok(shipped.equals(readFileSync(SPEC_DIR + file)), `${file} differs from ${SPEC_DIR}`);
  }
});
