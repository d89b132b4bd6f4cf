import type { ContractSchema } from '../../core/contract/operation-types.js';
import type { FeatureRequest } from './feature-request.repository.js';

/**
 * Evidence (issues, calls, survey answers linked to a request) is not gathered here: every request has none, so
 * `evidence_count` is 0, `evidence` (when asked for) empty, and no account is linked through evidence.
 */
export function featureRequestJson(request: FeatureRequest, withEvidence = false): ContractSchema<'FeatureRequest'> {
  return {
    id: request.id,
    title: request.title,
    description: request.description,
    request_status: request.requestStatus,
    custom_fields: request.customFields,
    portal_visible_to_account_ids: request.portalAccountIds,
    evidence_count: 0,
    ...(withEvidence ? { evidence: [] } : {}),
    created_at: request.createdAt,
    updated_at: request.updatedAt,
  };
}

export function featureRequestSearchResultJson(request: FeatureRequest): ContractSchema<'FeatureRequestSearchResult'> {
  const { evidence: _evidence, ...json } = featureRequestJson(request);
  return { ...json, account_ids: [] };
}
