import type { Static } from '@sinclair/typebox';
import type { Actor } from '../../core/actor.js';
import { nowIso } from '../../core/clock.js';
import type { Deps } from '../../core/deps.js';
import { invalid, notFound } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { decodeCursor, encodeCursor, pageSize, paginate } from '../../core/pagination.js';
import type { Db } from '../../core/store/database.js';
import { recordAudit } from '../audit-logs/audit-log.service.js';
import { recordEvent } from '../events/event.service.js';
import { findAiAgentById, insertAiAgent, listAiAgents, type AiAgent } from './ai-agent.repository.js';
import type { AI_AGENT, CREATE_AI_AGENT } from './ai-agent.schemas.js';

export const DEFAULT_AGENT_ID = 'default';
const MAX_NAME_LENGTH = 200;
const MAX_INSTRUCTIONS_LENGTH = 10_000;
export const DEFAULT_INSTRUCTIONS =
  'You are a support agent. Answer the customer politely and concisely, only from the sources given; ' +
  'when they do not answer the question, say so instead of guessing.';

/** An agent as the draft needs it; the built-in agent has no stored row. */
export type Agent = Pick<AiAgent, 'id' | 'name' | 'instructions'> & Partial<Pick<AiAgent, 'createdAt' | 'updatedAt'>>;

/** Every workspace's agent, which exists without being created. */
const DEFAULT_AGENT: Agent = { id: DEFAULT_AGENT_ID, name: 'Default agent', instructions: DEFAULT_INSTRUCTIONS };

export const aiAgentJson = (agent: Agent): Static<typeof AI_AGENT> => ({
  id: agent.id,
  name: agent.name,
  instructions: agent.instructions,
  created_at: agent.createdAt,
  updated_at: agent.updatedAt,
});

/** The agent a request names (`default` or one the workspace created), or a 404. */
export async function requireAiAgent(db: Db, actor: Actor, id: string): Promise<Agent> {
  if (id === DEFAULT_AGENT_ID) return DEFAULT_AGENT;
  const agent = await findAiAgentById(db, actor.workspaceId, id);
  if (!agent) throw notFound('AI agent');
  return agent;
}

function agentFields(input: Static<typeof CREATE_AI_AGENT>): { name: string; instructions: string } {
  const name = input.name.trim();
  if (name === '') throw invalid('name must not be empty');
  if (name.length > MAX_NAME_LENGTH) throw invalid(`name must be at most ${MAX_NAME_LENGTH} characters`);
  const instructions = input.instructions?.trim() || DEFAULT_INSTRUCTIONS;
  if (instructions.length > MAX_INSTRUCTIONS_LENGTH)
    throw invalid(`instructions must be at most ${MAX_INSTRUCTIONS_LENGTH} characters`);
  return { name, instructions };
}

export async function createAiAgent(deps: Deps, actor: Actor, input: Static<typeof CREATE_AI_AGENT>) {
  const fields = agentFields(input);
  return deps.store.db.transaction().execute(async (trx) => {
    const now = nowIso();
    const agent: AiAgent = { id: newId(), workspaceId: actor.workspaceId, ...fields, createdAt: now, updatedAt: now };
    await insertAiAgent(trx, agent);
    const json = aiAgentJson(agent);
    await recordEvent(trx, {
      workspaceId: actor.workspaceId,
      type: 'ai_agent.created',
      subjectId: agent.id,
      payload: { ai_agent: json },
    });
    await recordAudit(trx, {
      workspaceId: actor.workspaceId,
      actorUserId: actor.userId,
      action: 'ai_agent.created',
      objectType: 'ai_agent',
      objectId: agent.id,
    });
    return json;
  });
}

/** The built-in agent first, then the created ones in creation order, paged by id. */
export async function listAiAgentsPage(deps: Deps, actor: Actor, query: { cursor?: string; limit?: number }) {
  const scope = `ai-agents:${actor.workspaceId}`;
  const limit = pageSize(query.limit);
  const after = query.cursor ? decodeCursor(scope, query.cursor, ['id']).id : undefined;
  const stored = await listAiAgents(deps.store.db, actor.workspaceId, {
    afterId: after === DEFAULT_AGENT_ID ? undefined : after,
    limit,
  });
  const agents: Agent[] = after === undefined ? [DEFAULT_AGENT, ...stored] : stored;
  const page = paginate(agents, limit, (last) => encodeCursor(scope, { id: last.id }));
  return { data: page.items.map(aiAgentJson), pagination: page.pagination };
}
