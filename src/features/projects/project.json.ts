import type { ContractSchema } from '../../core/contract/operation-types.js';
import { compact } from '../../core/json.js';
import { externalIdsJson } from '../accounts/account.json.js';
import type { ExternalId } from '../accounts/account.repository.js';
import type { Project } from './project.repository.js';

export function projectJson(project: Project, accountExternalIds: ExternalId[] = []): ContractSchema<'Project'> {
  return compact<ContractSchema<'Project'>>({
    id: project.id,
    name: project.name,
    account: project.accountId ? { id: project.accountId, external_ids: externalIdsJson(accountExternalIds) } : null,
    owner_id: project.ownerId,
    description_html: project.descriptionHtml,
    start_date: project.startDate,
    end_date: project.endDate,
    customer_portal_visible: project.customerPortalVisible,
    is_archived: project.archivedAt !== null,
    archived_at: project.archivedAt,
    custom_fields: project.customFields,
    created_at: project.createdAt,
    updated_at: project.updatedAt,
  });
}
