import type { DeliveryConfig } from '../config.js';
import type { Store } from './store/database.js';

/** What domain operations need from outside. */
export interface Deps {
  store: Store;
  /** Where this server is reached (for `link` fields and attachment URLs). */
  publicUrl: string;
  delivery: DeliveryConfig;
  /** Whether replies on email issues are sent (an SMTP server is configured). */
  emailEnabled: boolean;
  /** Tells the delivery worker new work may be due (after a commit). */
  notifyDelivery(): void;
}
