import type { Db } from '../../core/store/database.js';

export type FollowerType = 'user' | 'contact';

export interface Follower {
  type: FollowerType;
  id: string;
}

/** The issue's followers, in the order they started following (users before contacts added together). */
export async function listFollowers(db: Db, workspaceId: string, issueId: string): Promise<Follower[]> {
  const rows = await db
    .selectFrom('issue_followers')
    .select(['follower_type', 'follower_id'])
    .where('workspace_id', '=', workspaceId)
    .where('issue_id', '=', issueId)
    .orderBy('created_at')
    .orderBy('follower_type', 'desc')
    .orderBy('follower_id')
    .execute();
  return rows.map((row) => ({ type: row.follower_type, id: row.follower_id }));
}

/** Adds the followers not yet following; answers those it added. */
export async function addFollowers(
  db: Db,
  workspaceId: string,
  issueId: string,
  followers: Follower[],
  now: string,
): Promise<Follower[]> {
  if (followers.length === 0) return [];
  const rows = await db
    .insertInto('issue_followers')
    .values(
      followers.map((f) => ({
        workspace_id: workspaceId,
        issue_id: issueId,
        follower_type: f.type,
        follower_id: f.id,
        created_at: now,
      })),
    )
    .onConflict((oc) => oc.columns(['issue_id', 'follower_type', 'follower_id']).doNothing())
    .returning(['follower_type', 'follower_id'])
    .execute();
  return rows.map((row) => ({ type: row.follower_type, id: row.follower_id }));
}

/** Removes one follower; whether it was following. */
export async function removeFollower(db: Db, workspaceId: string, issueId: string, follower: Follower) {
  const result = await db
    .deleteFrom('issue_followers')
    .where('workspace_id', '=', workspaceId)
    .where('issue_id', '=', issueId)
    .where('follower_type', '=', follower.type)
    .where('follower_id', '=', follower.id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
