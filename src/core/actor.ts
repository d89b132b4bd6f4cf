/** Who is calling: the workspace every query is scoped to, and the user the token belongs to. */
export interface Actor {
  workspaceId: string;
  userId: string;
  tokenId: string;
}
