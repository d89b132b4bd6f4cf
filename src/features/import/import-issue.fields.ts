import type { ContractBody } from '../../core/contract/operation-types.js';
import type { Db } from '../../core/store/database.js';
import type { Actor } from '../../core/actor.js';
import { duplicate, invalid, notFound } from '../../core/errors.js';
import { findAccountById } from '../accounts/account.repository.js';
import { requireContact } from '../contacts/contact.service.js';
import { issueTags, issueTitle } from '../issues/issue.fields.js';
import { findIssueByIdOrNumber } from '../issues/issue.repository.js';
import { BASE_STATES } from '../issues/issue.service.js';
import { requireTeam } from '../teams/team.service.js';
import { requireUser } from '../users/user.service.js';
import { takeNextIssueNumber } from '../workspaces/workspace.repository.js';
import { optionalExternalId, optionalTimestamp, screenAttachmentUrls } from './import.fields.js';
import { readIssueCounter, type ImportRefs } from './import.repository.js';
import { MAX_EXTERNAL_ID_LENGTH } from '../issues/external-issues.js';

type ImportIssueInput = ContractBody<'POST', '/import/issues'>;

/** An imported issue's own fields, checked before anything is looked up. */
export interface IssueFields {
  title: string;
  state: string;
  tags: string[];
  attachmentUrls: string[];
  createdAt: string | null;
  updatedAt: string | null;
  firstResponseTime: string | null;
  resolutionTime: string | null;
  refs: ImportRefs;
  externalIssues: { source: string; externalId: string }[];
}

const TRACKER = /^[a-z][a-z0-9_-]{0,49}$/;

/** Linked issues of other trackers, named as `POST /issues/{id}/external-issues` names them. */
function externalIssueLinks(input: ImportIssueInput): IssueFields['externalIssues'] {
  return (input.external_issues ?? []).map((link, index) => {
    const source = link.source.trim().toLowerCase();
    const externalId = link.external_issue_id.trim();
    if (!TRACKER.test(source))
      throw invalid(`external_issues[${index}].source must name the tracker in letters, digits, "-" or "_"`);
    if (externalId === '' || externalId.length > MAX_EXTERNAL_ID_LENGTH)
      throw invalid(`external_issues[${index}].external_issue_id must be 1 to ${MAX_EXTERNAL_ID_LENGTH} characters`);
    return { source, externalId };
  });
}

export function checkIssueFields(input: ImportIssueInput, skipped: string[]): IssueFields {
  const state = input.state.trim();
  if (!BASE_STATES.includes(state)) throw invalid(`state must be one of ${BASE_STATES.join(', ')}`);
  const resolutionTime = optionalTimestamp(input.resolution_time, 'resolution_time');
  if (resolutionTime !== null && state !== 'closed') throw invalid('resolution_time is only for a closed issue');
  return {
    title: issueTitle(input.title),
    state,
    tags: issueTags(input.tags ?? []),
    attachmentUrls: screenAttachmentUrls('attachment_urls', input.attachment_urls, skipped),
    createdAt: optionalTimestamp(input.created_at, 'created_at'),
    updatedAt: optionalTimestamp(input.updated_at, 'updated_at'),
    firstResponseTime: optionalTimestamp(input.first_response_time, 'first_response_time'),
    resolutionTime,
    refs: {
      zendeskTicketId: optionalExternalId(input.external_refs?.zendesk_ticket_id, 'external_refs.zendesk_ticket_id'),
      intercomConversationId: optionalExternalId(
        input.external_refs?.intercom_conversation_id,
        'external_refs.intercom_conversation_id',
      ),
    },
    externalIssues: externalIssueLinks(input),
  };
}

/** The account, requester, assignee and team an import names: each must exist in the caller's workspace (404). */
export async function resolveIssuePeople(db: Db, actor: Actor, input: ImportIssueInput) {
  let accountId: string | null = null;
  if (input.account_id) {
    if (!(await findAccountById(db, actor.workspaceId, input.account_id))) throw notFound('Account');
    accountId = input.account_id;
  }
  const requester = input.requester_id ? await requireContact(db, actor, input.requester_id) : null;
  if (accountId && requester?.accountId && requester.accountId !== accountId)
    throw invalid('The requester does not belong to the given account');
  return {
    accountId: accountId ?? requester?.accountId ?? null,
    requesterId: requester?.id ?? null,
    assigneeId: input.assignee_id ? (await requireUser(db, actor, input.assignee_id)).id : null,
    teamId: input.team_id ? (await requireTeam(db, actor, input.team_id)).id : null,
  };
}

/** A number already given out, kept from the system the issue comes from; a number still in use is a duplicate. */
export async function failIfNumberTaken(db: Db, actor: Actor, number: number): Promise<void> {
  const existing = await findIssueByIdOrNumber(db, actor.workspaceId, String(number));
  if (existing) throw duplicate(`An issue with number ${number} already exists`, existing.id);
}

/**
 * The imported issue's number: the workspace's next one, or `issue_number` when the customer keeps historical
 * numbers. That one must be positive and below the workspace's next number, so the counter never hands it out again.
 */
export async function takeIssueNumber(db: Db, actor: Actor, issueNumber: number | undefined): Promise<number> {
  if (issueNumber === undefined) return takeNextIssueNumber(db, actor.workspaceId);
  const next = (await readIssueCounter(db, actor.workspaceId)) + 1;
  if (!Number.isSafeInteger(issueNumber) || issueNumber < 1 || issueNumber >= next)
    throw invalid(`issue_number must be positive and lower than the workspace's next issue number (${next})`);
  await failIfNumberTaken(db, actor, issueNumber);
  return issueNumber;
}
