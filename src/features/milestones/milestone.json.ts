import type { ContractSchema } from '../../core/contract/operation-types.js';
import { compact } from '../../core/json.js';
import { externalIdsJson } from '../accounts/account.json.js';
import type { ExternalId } from '../accounts/account.repository.js';
import type { Milestone } from './milestone.repository.js';

export function milestoneJson(
  milestone: Milestone,
  accountExternalIds: ExternalId[] = [],
): ContractSchema<'Milestone'> {
  return compact<ContractSchema<'Milestone'>>({
    id: milestone.id,
    name: milestone.name,
    project: { id: milestone.projectId },
    account: milestone.accountId
      ? { id: milestone.accountId, external_ids: externalIdsJson(accountExternalIds) }
      : null,
    due_date: milestone.dueDate,
    created_at: milestone.createdAt,
    updated_at: milestone.updatedAt,
  });
}
