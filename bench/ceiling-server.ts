/**
 * The ceiling: a bare Fastify server answering the bytes Helpline answered, from memory. Whatever Helpline does on top
 * of Fastify (auth, validation, storage, serialization) is the difference between the two.
 * Usage: node --import tsx bench/ceiling-server.ts <routes.json>; prints "listening <port>".
 */
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';

const routes = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as {
  method: 'GET' | 'POST';
  url: string;
  body: string;
}[];
const app = Fastify({ logger: false });
for (const route of routes) {
  const bytes = Buffer.from(route.body);
  app.route({
    method: route.method,
    url: route.url,
    handler: async (_request, reply) => reply.type('application/json; charset=utf-8').send(bytes),
  });
}
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : 0}\n`);
