import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../../core/errors.js';

/**
 * Where the console's build lands (`vite build`, run by `npm run build` during `npm install`): beside the compiled
 * server in `dist/console`, found the same way from the sources (`src/…`) and from the build (`dist/…`).
 */
export const CONSOLE_BUILD_DIR = fileURLToPath(new URL('../../../dist/console/', import.meta.url));

/** Pages only the console has: always the app. */
const CONSOLE_PAGES = ['/', '/sign-in', '/set-password', '/inbox/*', '/settings', '/settings/*', '/preferences'];

/**
 * Addresses the public API serves too, that a person follows in a browser: an issue's `link` is `/issues/{id}`.
 * A browser's navigation to them gets the console's page (which signs in and comes back); a program, which sends
 * no `Sec-Fetch-Dest: document` and does not ask for HTML first, still gets JSON.
 */
const SHARED_PAGES = [/^\/issues\/[^/]+$/, /^\/contacts(\/[^/]+)?$/, /^\/accounts(\/[^/]+)?$/];

/** The console's pages may run their own scripts and nothing else; no other site may frame them. */
const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-cache',
  'content-security-policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: https: http:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; '),
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  // Set-password links carry their token in the address: it never leaves in a Referer.
  'referrer-policy': 'no-referrer',
};

export function isBrowserNavigation(request: FastifyRequest): boolean {
  if (request.method !== 'GET' || request.headers.authorization) return false;
  const dest = request.headers['sec-fetch-dest'];
  if (dest !== undefined) return dest === 'document';
  return /^\s*text\/html/.test(request.headers.accept ?? '');
}

/**
 * The agent console's pages and assets, served at `/` by the same process. Registered before the API surface so
 * that its navigation hook runs ahead of the API's authentication.
 */
export default fp(
  async (app) => {
    const indexFile = `${CONSOLE_BUILD_DIR}index.html`;
    const built = existsSync(indexFile);
    if (!built) app.log.warn({ dir: CONSOLE_BUILD_DIR }, 'the console is not built (npm run build): / answers 503');
    const index = built ? readFileSync(indexFile) : undefined;
    const sendPage = (reply: FastifyReply) => {
      if (!index) throw new AppError('unavailable', 'The console is not built: run npm run build');
      return reply.headers(PAGE_HEADERS).send(index);
    };

    if (built) {
      // Hashed file names: a file never changes under its name, so browsers keep it for a year.
      await app.register(fastifyStatic, {
        root: `${CONSOLE_BUILD_DIR}assets`,
        prefix: '/assets/',
        decorateReply: false,
        immutable: true,
        maxAge: '365d',
        index: false,
      });
    }
    for (const url of CONSOLE_PAGES) {
      app.get(url, { schema: { hide: true }, config: { auth: false } }, async (_request, reply) => sendPage(reply));
    }
    app.addHook('onRequest', async (request, reply) => {
      const path = request.url.split('?', 1)[0]!;
      if (!SHARED_PAGES.some((pattern) => pattern.test(path)) || !isBrowserNavigation(request)) return;
      reply.header('vary', 'Sec-Fetch-Dest, Accept');
      return sendPage(reply);
    });
  },
  { name: 'console-pages', dependencies: ['error-handling'] },
);
