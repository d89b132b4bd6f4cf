/** What a workspace user may do: members do the daily work, admins also manage the workspace. */
export type Role = 'admin' | 'member';

/**
 * Who is calling: the workspace every query is scoped to, the user the credential belongs to, and that user's role.
 */
export interface Actor {
  workspaceId: string;
  userId: string;
  /**
   * The credential the call came with: an API token's id, a console session's id, or the name of an internal
   * caller ('cli', 'inbound-email'). Names the credential, never its secret.
   */
  tokenId: string;
  /** The role of the user the work is done as (inbound email acts as the workspace's first active admin). */
  role: Role;
}
