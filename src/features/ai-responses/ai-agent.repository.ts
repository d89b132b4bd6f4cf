import type { Db } from '../../core/store/database.js';
import type { Page } from '../../core/store/keyset.js';
import type { AiAgentRow } from './ai-agent.table.js';

export interface AiAgent {
  id: string;
  workspaceId: string;
  name: string;
  instructions: string;
  createdAt: string;
  updatedAt: string;
}

const toAiAgent = (row: AiAgentRow): AiAgent => ({
  id: row.id,
  workspaceId: row.workspace_id,
  name: row.name,
  instructions: row.instructions,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export async function insertAiAgent(db: Db, agent: AiAgent): Promise<void> {
  await db
    .insertInto('ai_agents')
    .values({
      id: agent.id,
      workspace_id: agent.workspaceId,
      name: agent.name,
      instructions: agent.instructions,
      created_at: agent.createdAt,
      updated_at: agent.updatedAt,
    })
    .execute();
}

export async function findAiAgentById(db: Db, workspaceId: string, id: string): Promise<AiAgent | undefined> {
  const row = await db
    .selectFrom('ai_agents')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toAiAgent(row);
}

/** The workspace's stored agents in id (creation) order after `afterId`; fetches `limit + 1`. */
export async function listAiAgents(db: Db, workspaceId: string, page: Page): Promise<AiAgent[]> {
  let query = db.selectFrom('ai_agents').selectAll().where('workspace_id', '=', workspaceId);
  if (page.afterId) query = query.where('id', '>', page.afterId);
  const rows = await query
    .orderBy('id')
    .limit(page.limit + 1)
    .execute();
  return rows.map(toAiAgent);
}
