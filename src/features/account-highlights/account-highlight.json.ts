import type { ContractSchema } from '../../core/contract/operation-types.js';
import { compact } from '../../core/json.js';
import type { AccountHighlight } from './account-highlight.repository.js';

export function accountHighlightJson(h: AccountHighlight): ContractSchema<'AccountHighlight'> {
  return compact<ContractSchema<'AccountHighlight'>>({
    id: h.id,
    account_id: h.accountId,
    content_html: h.contentHtml,
    expires_at: h.expiresAt,
    created_at: h.createdAt,
    updated_at: h.updatedAt,
  });
}
