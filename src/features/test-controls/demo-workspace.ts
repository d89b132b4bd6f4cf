import type { Actor } from '../../core/actor.js';
import { nowMs } from '../../core/clock.js';
import type { Deps } from '../../core/deps.js';
import { AppError, notFound } from '../../core/errors.js';
import type { Db } from '../../core/store/database.js';
import { createAccount } from '../accounts/account.service.js';
import { createContact } from '../contacts/contact.service.js';
import { createIssue } from '../issues/issue-creation.js';
import { requireIssue, updateIssue } from '../issues/issue.service.js';
import { createNote } from '../messages/create-note.js';
import { createReply } from '../messages/create-reply.js';
import { createIssueThread } from '../threads/thread.service.js';
import { seedDemoTicketForms } from '../ticket-forms/demo-ticket-forms.js';
import { findFirstAdmin } from '../users/user.repository.js';
import { createUser } from '../users/user.service.js';
import {
  DEMO_ACCOUNTS,
  DEMO_AGENTS,
  DEMO_CONTACTS,
  DEMO_ISSUES,
  DEMO_SUPPORT_ADDRESS,
  type DemoIssue,
  type DemoStep,
} from './demo-data.js';

export interface DemoSummary {
  users: number;
  accounts: number;
  contacts: number;
  issues: number;
  messages: number;
  issues_by_state: Record<string, number>;
}

/** Creates something, or, when it exists already (the demo loaded before), answers the existing one's id. */
async function createOrReuse(create: () => Promise<{ id?: string }>): Promise<string> {
  try {
    return (await create()).id!;
  } catch (error) {
    if (error instanceof AppError && error.code === 'duplicate' && error.existsId) return error.existsId;
    throw error;
  }
}

/** The people and companies issues point at, by their key in the demo data. */
interface Cast {
  users: Map<string, string>;
  contacts: Map<string, { id: string; email: string }>;
}

/** An issue being filled with its conversation. */
interface IssueContext {
  id: string;
  /** The customer-visible message replies answer. */
  firstMessageId: string;
  spec: DemoIssue;
  /** The internal thread of that name, created on first use. */
  thread(name: string): Promise<string>;
}

/** The agents, accounts and contacts, created or (loaded before) found again. */
async function createCast(deps: Deps, actor: Actor): Promise<Cast & { accounts: number }> {
  const { workspaceId } = actor;
  const users = new Map<string, string>([['you', actor.userId]]);
  for (const agent of DEMO_AGENTS) {
    const input = { workspaceId, email: agent.email, name: agent.name, role: 'member' as const };
    users.set(agent.key, await createOrReuse(() => createUser(deps.store.db, input)));
  }
  const accounts = new Map<string, string>();
  for (const a of DEMO_ACCOUNTS) {
    const input = { name: a.name, domains: [a.domain], tags: [a.tag], external_ids: [{ external_id: a.externalId }] };
    accounts.set(a.key, await createOrReuse(() => createAccount(deps, actor, input)));
  }
  const contacts = new Map<string, { id: string; email: string }>();
  for (const c of DEMO_CONTACTS) {
    const accountId = c.account ? accounts.get(c.account) : undefined;
    const input = { name: c.name, email: c.email, ...(accountId ? { account_id: accountId } : {}) };
    contacts.set(c.key, { id: await createOrReuse(() => createContact(deps, actor, input)), email: c.email });
  }
  return { users, contacts, accounts: accounts.size };
}

/** Opens the issue with its first message: the customer's, or the agent's on an email issue. */
async function openDemoIssue(deps: Deps, actor: Actor, cast: Cast, spec: DemoIssue): Promise<IssueContext> {
  const requester = cast.contacts.get(spec.requester)!;
  const created = await createIssue(deps, actor, {
    title: spec.title,
    body_html: spec.html,
    requester_id: requester.id,
    tags: spec.tags,
    created_at: new Date(nowMs() - spec.hoursAgo * 3_600_000).toISOString(),
    ...(spec.email
      ? {
          user_id: cast.users.get(spec.email),
          destination_metadata: { destination: 'email', email: DEMO_SUPPORT_ADDRESS },
        }
      : // A customer's own message, arrived through the chat widget.
        { contact_id: requester.id, destination_metadata: { destination: 'in_app_chat' } }),
  });
  const id = created.id!;
  const firstMessageId = (await requireIssue(deps.store.db, actor, id)).firstMessageId!;
  const threads = new Map<string, Promise<string>>();
  const thread = (name: string) => {
    const threadId =
      threads.get(name) ?? createIssueThread(deps, actor, id, { name }, undefined).then((t) => t.value.id!);
    threads.set(name, threadId);
    return threadId;
  };
  return { id, firstMessageId, spec, thread };
}

/** One step of a conversation, through the same services the API uses. */
async function takeStep(deps: Deps, actor: Actor, cast: Cast, issue: IssueContext, step: DemoStep): Promise<void> {
  if (step.by === 'note') {
    const threadId = step.thread ? await issue.thread(step.thread) : undefined;
    const input = { body_html: step.html, user_id: cast.users.get(step.agent), thread_id: threadId };
    await createNote(deps, actor, issue.id, input, undefined);
    return;
  }
  const requester = cast.contacts.get(issue.spec.requester)!;
  const byAgent = step.by === 'agent';
  const input = {
    message_id: issue.firstMessageId,
    body_html: step.html,
    ...(byAgent ? { user_id: cast.users.get(step.agent) } : { contact_id: requester.id }),
    // On an email issue, the agent writes to the customer and the customer to the support address.
    ...(issue.spec.email ? { email_info: { to_emails: [byAgent ? requester.email : DEMO_SUPPORT_ADDRESS] } } : {}),
  };
  await createReply(deps, actor, issue.id, input, undefined);
}

/**
 * Loads the demo into the actor's workspace through the services, as API calls would: two agents, three accounts,
 * six contacts, and twelve issues in every state with replies, customer answers, internal notes in threads, and
 * email issues. Loading it again reuses the agents, accounts and contacts and adds the issues once more. Demo
 * addresses are never written to, even when SMTP is configured.
 */
export async function seedDemoWorkspace(deps: Deps, actor: Actor): Promise<DemoSummary> {
  const quiet: Deps = { ...deps, emailEnabled: false };
  const cast = await createCast(quiet, actor);
  await seedDemoTicketForms(quiet, actor);
  const byState: Record<string, number> = {};
  let messages = 0;
  for (const spec of DEMO_ISSUES) {
    const issue = await openDemoIssue(quiet, actor, cast, spec);
    for (const step of spec.steps) await takeStep(quiet, actor, cast, issue, step);
    messages += 1 + spec.steps.length;
    const assigneeId = spec.assignee ? cast.users.get(spec.assignee) : undefined;
    if (spec.state !== 'new' || assigneeId) {
      await updateIssue(quiet, actor, issue.id, {
        state: spec.state,
        ...(assigneeId ? { assignee_id: assigneeId } : {}),
      });
    }
    byState[spec.state] = (byState[spec.state] ?? 0) + 1;
  }
  return {
    users: DEMO_AGENTS.length,
    accounts: cast.accounts,
    contacts: DEMO_CONTACTS.length,
    issues: DEMO_ISSUES.length,
    messages,
    issues_by_state: byState,
  };
}

/** Who the CLI loads the demo as: the workspace's first active admin. */
export async function workspaceAdminActor(db: Db, workspaceId: string): Promise<Actor> {
  const admin = await findFirstAdmin(db, workspaceId);
  if (!admin) throw notFound('Workspace');
  return { workspaceId, userId: admin.id, tokenId: 'cli', role: 'admin' };
}
