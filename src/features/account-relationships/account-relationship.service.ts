import type { ContractBody } from '../../core/contract/operation-types.js';
import type { Actor } from '../../core/actor.js';
import { nowIso } from '../../core/clock.js';
import type { Deps } from '../../core/deps.js';
import { duplicate, invalid, notFound } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import type { Db } from '../../core/store/database.js';
import { insertRelationship, isAncestor, type AccountRelationship } from '../accounts/account-links.repository.js';
import { findAccountByIdOrExternalId } from '../accounts/account.repository.js';
import { recordEvent } from '../events/event.service.js';
import { accountRelationshipJson } from './account-relationship.json.js';
import {
  deleteRelationshipRow,
  findRelationship,
  listRelationshipsOfChild,
} from './account-relationship.repository.js';

const RELATIONSHIP_TYPES = ['parent_account', 'partner_account'] as const;

async function requireAccountId(db: Db, actor: Actor, idOrExternalId: string): Promise<string> {
  const account = await findAccountByIdOrExternalId(db, actor.workspaceId, idOrExternalId);
  if (!account) throw notFound('Account');
  return account.id;
}

/**
 * An account has at most one parent, is never its own ancestor, and is linked to a given account at most once
 * per type: a second link answers the duplicate error naming the link that exists.
 */
async function checkLink(db: Db, actor: Actor, link: Omit<AccountRelationship, 'id' | 'createdAt' | 'updatedAt'>) {
  if (link.childAccountId === link.parentAccountId) throw invalid('An account cannot be related to itself');
  const existing = await listRelationshipsOfChild(db, actor.workspaceId, link.childAccountId);
  const same = existing.find(
    (r) => r.parentAccountId === link.parentAccountId && r.relationshipType === link.relationshipType,
  );
  if (same) throw duplicate('This relationship already exists', same.id);
  if (link.relationshipType !== 'parent_account') return;
  const parent = existing.find((r) => r.relationshipType === 'parent_account');
  if (parent) throw duplicate('The account already has a parent account', parent.id);
  if (await isAncestor(db, actor.workspaceId, link.childAccountId, link.parentAccountId)) {
    throw invalid('An account cannot be the parent of one of its ancestors');
  }
}

export async function createRelationship(
  deps: Deps,
  actor: Actor,
  accountId: string,
  input: ContractBody<'POST', '/accounts/:account_id/relationship'>,
) {
  const relationshipType = RELATIONSHIP_TYPES.find((t) => t === input.relationship_type);
  if (!relationshipType) throw invalid(`relationship_type must be one of ${RELATIONSHIP_TYPES.join(', ')}`);
  return deps.store.db.transaction().execute(async (trx) => {
    const childAccountId = await requireAccountId(trx, actor, accountId);
    const parentAccountId = await requireAccountId(trx, actor, input.related_object_id);
    const link = { workspaceId: actor.workspaceId, childAccountId, parentAccountId, relationshipType };
    await checkLink(trx, actor, link);
    const now = nowIso();
    const relationship = { ...link, id: newId(), createdAt: now, updatedAt: now };
    await insertRelationship(trx, relationship);
    const json = accountRelationshipJson(relationship);
    await recordEvent(trx, {
      workspaceId: actor.workspaceId,
      type: 'account_relationship.created',
      subjectId: relationship.id,
      payload: { relationship: json },
    });
    return json;
  });
}

export async function listRelationships(deps: Deps, actor: Actor, accountId: string) {
  const childId = await requireAccountId(deps.store.db, actor, accountId);
  return (await listRelationshipsOfChild(deps.store.db, actor.workspaceId, childId)).map(accountRelationshipJson);
}

export async function deleteRelationship(deps: Deps, actor: Actor, accountId: string, relationshipId: string) {
  return deps.store.db.transaction().execute(async (trx) => {
    const childId = await requireAccountId(trx, actor, accountId);
    const relationship = await findRelationship(trx, actor.workspaceId, childId, relationshipId);
    if (!relationship) throw notFound('Account relationship');
    await deleteRelationshipRow(trx, relationship.id);
    const json = accountRelationshipJson(relationship);
    await recordEvent(trx, {
      workspaceId: actor.workspaceId,
      type: 'account_relationship.deleted',
      subjectId: relationship.id,
      payload: { relationship: json },
    });
    return json;
  });
}
