import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config.js';

/**
 * A file `surfaces/console/routes/<name>.ts` registers the console's own routes (not the public API's) under
 * `/console/api`. Each route says `config: { auth: false }` when it is open, `{ auth: true }` when it needs a session,
 * and `role: 'admin'` when only admins may call it; `schema.hide` keeps it out of the public OpenAPI document.
 */
export type ConsoleRoutes = (app: FastifyInstance, config: Config) => void | Promise<void>;

/** The console's routes are not the public API's: out of its OpenAPI document. */
export const HIDDEN = { hide: true } as const;
export const OPEN = { auth: false } as const;
export const SIGNED_IN = { auth: true } as const;
export const ADMIN = { auth: true, role: 'admin' } as const;
