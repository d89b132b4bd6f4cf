import type { ContractSchema } from '../../core/contract/operation-types.js';
import { compact } from '../../core/json.js';
import { externalIdsJson } from '../accounts/account.json.js';
import type { ExternalId } from '../accounts/account.repository.js';
import type { ExternalIssue } from './external-issue.repository.js';
import type { Issue } from './issue.repository.js';

/** An issue with the people and account it points at resolved, as the API shows it. */
export interface IssueView {
  issue: Issue;
  account: { id: string; externalIds: ExternalId[] } | null;
  requester: { id: string; email: string | null } | null;
  assignee: { id: string; email: string } | null;
  externalIssues: ExternalIssue[];
}

/** Whole seconds from `from` to `to`. */
const secondsBetween = (from: string, to: string) =>
  Math.max(0, Math.floor((Date.parse(to) - Date.parse(from)) / 1000));

export function issueJson(view: IssueView, publicUrl: string): ContractSchema<'Issue'> {
  const { issue } = view;
  return compact<ContractSchema<'Issue'>>({
    id: issue.id,
    number: issue.number,
    title: issue.title,
    body_html: issue.bodyHtml,
    state: issue.state,
    source: issue.source,
    type: issue.type,
    link: `${publicUrl}/issues/${issue.id}`,
    account: view.account ? { id: view.account.id, external_ids: externalIdsJson(view.account.externalIds) } : null,
    requester: view.requester ? compact({ id: view.requester.id, email: view.requester.email }) : null,
    assignee: view.assignee ? { id: view.assignee.id, email: view.assignee.email } : null,
    team: issue.teamId ? { id: issue.teamId } : null,
    tags: issue.tags,
    custom_fields: issue.customFields,
    attachment_urls: issue.attachmentUrls,
    author_unverified: issue.authorUnverified,
    customer_portal_visible: issue.customerPortalVisible,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    latest_message_time: issue.latestMessageTime,
    resolution_time: issue.resolvedAt,
    resolution_seconds: issue.resolvedAt ? secondsBetween(issue.createdAt, issue.resolvedAt) : null,
    snoozed_until_time: issue.snoozedUntil,
    external_issues: view.externalIssues.map((e) => ({ external_id: e.externalId, source: e.source })),
  });
}
