import { findAttachment } from './attachment.repository.js';
import type { Deps } from '../../core/deps.js';

/** An attachment by its capability id (a random UUID), or undefined. */
export async function readAttachment(deps: Deps, id: string) {
  if (!/^[0-9a-f-]{36}$/.test(id)) return undefined;
  return findAttachment(deps.store.db, id);
}
