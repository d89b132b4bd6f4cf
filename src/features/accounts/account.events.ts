import type { Json } from '../../core/json.js';

/** Events about accounts: the account as the API shows it after a change, or, once deleted, only its id. */
export const EVENT_TYPES = ['account.updated', 'account.deleted', 'account.merged'] as const;

declare module '../events/event-catalog.js' {
  interface EventPayloads {
    'account.updated': { account: Json };
    'account.deleted': { account_id: string };
    /** The surviving account, after the merge, and the accounts merged into it (now deleted). */
    'account.merged': { account: Json; merged_account_ids: string[] };
  }
}
