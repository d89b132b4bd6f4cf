import type { Actor } from '../../core/actor.js';
import { nowIso } from '../../core/clock.js';
import type { ContractBody } from '../../core/contract/operation-types.js';
import type { Deps } from '../../core/deps.js';
import { invalid, notFound } from '../../core/errors.js';
import { linkExternalIssue, unlinkExternalIssue, type ExternalIssue } from './external-issue.repository.js';
import { changeIssue } from './issue-change.js';
import { requireIssue } from './issue.service.js';

export const MAX_EXTERNAL_ID_LENGTH = 500;
const SOURCE = /^[a-z][a-z0-9_-]{0,49}$/;

/** As the contract defines it. */
export type LinkExternalIssueInput = ContractBody<'POST', '/issues/:id/external-issues'>;

/** The external issue a request names: its source as a lower-case name (jira, linear, github...), its id trimmed. */
function namedExternalIssue(issueId: string, input: LinkExternalIssueInput): ExternalIssue {
  const source = input.source.trim().toLowerCase();
  if (!SOURCE.test(source))
    throw invalid('source must name the tracker in letters, digits, "-" or "_" (such as jira, linear or github)');
  const externalId = input.external_issue_id.trim();
  if (externalId === '') throw invalid('external_issue_id must not be empty');
  if (externalId.length > MAX_EXTERNAL_ID_LENGTH)
    throw invalid(`external_issue_id must be at most ${MAX_EXTERNAL_ID_LENGTH} characters`);
  return { issueId, source, externalId };
}

/**
 * Links (`operation` "link", the default) or unlinks ("unlink") an issue of another tracker and answers the issue.
 * Linking one already linked changes nothing; unlinking one that is not linked is a 404. A change records
 * `issue.updated` (`external_issues`).
 */
export async function linkOrUnlinkExternalIssue(
  deps: Deps,
  actor: Actor,
  idOrNumber: string,
  input: LinkExternalIssueInput,
) {
  const operation = input.operation || 'link';
  if (operation !== 'link' && operation !== 'unlink') throw invalid('operation must be "link" or "unlink"');
  return deps.store.db.transaction().execute(async (trx) => {
    const issue = await requireIssue(trx, actor, idOrNumber);
    const link = namedExternalIssue(issue.id, input);
    const { json } = await changeIssue(trx, deps, actor, issue, async (before) => {
      const now = nowIso();
      if (operation === 'link') await linkExternalIssue(trx, actor.workspaceId, link, now);
      else if (!(await unlinkExternalIssue(trx, actor.workspaceId, link))) throw notFound('External issue link');
      return { ...before, updatedAt: now };
    });
    return json;
  });
}
