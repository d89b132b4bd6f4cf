import type { Store } from '../store/database.js';

/** What domain operations need from outside: the store, and where this server is reached (for `link` fields). */
export interface Deps {
  store: Store;
  publicUrl: string;
}
