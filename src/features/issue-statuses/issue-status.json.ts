import type { ContractSchema } from '../../core/contract/operation-types.js';

/**
 * The five base states every workspace has, in the order an issue moves through them. Each is its own category, and
 * each is a default status (Helpline has no custom statuses).
 */
export const BASE_STATUSES = [
  { slug: 'new', label: 'New' },
  { slug: 'waiting_on_you', label: 'Waiting on you' },
  { slug: 'waiting_on_customer', label: 'Waiting on customer' },
  { slug: 'on_hold', label: 'On hold' },
  { slug: 'closed', label: 'Closed' },
] as const;

export function issueStatusJson(status: (typeof BASE_STATUSES)[number]): ContractSchema<'IssueStatus'> {
  return {
    slug: status.slug,
    label: status.label,
    category: status.slug,
    is_default_status: true,
    is_archived: false,
  };
}
