import type { Actor } from '../../core/actor.js';
import { nowIso } from '../../core/clock.js';
import type { ContractBody } from '../../core/contract/operation-types.js';
import type { Deps } from '../../core/deps.js';
import { invalid } from '../../core/errors.js';
import type { Db } from '../../core/store/database.js';
import { requireContact } from '../contacts/contact.service.js';
import { recordEvent } from '../events/event.service.js';
import { requireUser } from '../users/user.service.js';
import { addFollowers, listFollowers, removeFollower, type Follower } from './issue-follower.repository.js';
import { requireIssue } from './issue.service.js';

/** Ids in one request, per list, at most. */
export const MAX_FOLLOWERS_PER_REQUEST = 100;

/** As the contract defines it. */
export type FollowersInput = ContractBody<'POST', '/issues/:id/followers'>;

const followerJson = (follower: Follower) => ({ id: follower.id, type: follower.type });

export async function listIssueFollowers(deps: Deps, actor: Actor, idOrNumber: string) {
  const issue = await requireIssue(deps.store.db, actor, idOrNumber);
  return (await listFollowers(deps.store.db, actor.workspaceId, issue.id)).map(followerJson);
}

/** The followers a request names, without repeats; at least one, each list at most MAX_FOLLOWERS_PER_REQUEST. */
function namedFollowers(input: FollowersInput): Follower[] {
  const userIds = [...new Set(input.user_ids ?? [])];
  const contactIds = [...new Set(input.contact_ids ?? [])];
  if (userIds.length + contactIds.length === 0) throw invalid('Provide user_ids or contact_ids');
  if (userIds.length > MAX_FOLLOWERS_PER_REQUEST || contactIds.length > MAX_FOLLOWERS_PER_REQUEST)
    throw invalid(`user_ids and contact_ids may each name at most ${MAX_FOLLOWERS_PER_REQUEST} ids`);
  return [
    ...userIds.map((id): Follower => ({ type: 'user', id })),
    ...contactIds.map((id): Follower => ({ type: 'contact', id })),
  ];
}

/** A user or contact of the workspace, or a 404 naming which. */
async function requirePerson(db: Db, actor: Actor, follower: Follower): Promise<void> {
  if (follower.type === 'user') await requireUser(db, actor, follower.id);
  else await requireContact(db, actor, follower.id);
}

/**
 * Adds (`operation` "add", the default) or removes ("remove") followers of an issue and answers all its followers.
 * Every id must name a user or contact of the workspace (404), except that someone no longer there can still be
 * removed. Adding a follower twice, or removing one who is not following, changes nothing.
 * Records `issue.followers_updated` when the followers changed.
 */
export async function updateIssueFollowers(deps: Deps, actor: Actor, idOrNumber: string, input: FollowersInput) {
  const operation = input.operation || 'add';
  if (operation !== 'add' && operation !== 'remove') throw invalid('operation must be "add" or "remove"');
  const named = namedFollowers(input);
  return deps.store.db.transaction().execute(async (trx) => {
    const issue = await requireIssue(trx, actor, idOrNumber);
    const added: Follower[] = [];
    const removed: Follower[] = [];
    if (operation === 'add') {
      for (const follower of named) await requirePerson(trx, actor, follower);
      added.push(...(await addFollowers(trx, actor.workspaceId, issue.id, named, nowIso())));
    } else {
      for (const follower of named) {
        if (await removeFollower(trx, actor.workspaceId, issue.id, follower)) removed.push(follower);
        else await requirePerson(trx, actor, follower);
      }
    }
    const followers = (await listFollowers(trx, actor.workspaceId, issue.id)).map(followerJson);
    if (added.length + removed.length > 0) {
      await recordEvent(trx, {
        workspaceId: actor.workspaceId,
        type: 'issue.followers_updated',
        subjectId: issue.id,
        payload: { issue_id: issue.id, added: added.map(followerJson), removed: removed.map(followerJson), followers },
      });
    }
    return followers;
  });
}
