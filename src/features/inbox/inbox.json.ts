import type { InboxPeople, NamedRef } from './inbox-people.repository.js';
import type { InboxIssue } from './inbox.repository.js';

/** One row of the console's inbox. */
export interface InboxRowJson {
  id: string;
  number: number;
  title: string;
  state: string;
  link: string;
  requester: { id: string; name: string; email: string | null } | null;
  assignee: { id: string; name: string; email: string | null } | null;
  team: { id: string; name: string } | null;
  tags: string[];
  latest_message_at: string;
  created_at: string;
}

const person = (ref: NamedRef | undefined) => (ref ? { id: ref.id, name: ref.name, email: ref.email } : null);

/** A person or team the row names but that no longer exists reads as null, as an unset one does. */
export function inboxRowJson(issue: InboxIssue, people: InboxPeople, publicUrl: string): InboxRowJson {
  const team = issue.teamId ? people.teams.get(issue.teamId) : undefined;
  return {
    id: issue.id,
    number: issue.number,
    title: issue.title,
    state: issue.state,
    link: `${publicUrl}/issues/${issue.id}`,
    requester: person(issue.requesterId ? people.contacts.get(issue.requesterId) : undefined),
    assignee: person(issue.assigneeId ? people.users.get(issue.assigneeId) : undefined),
    team: team ? { id: team.id, name: team.name } : null,
    tags: issue.tags,
    latest_message_at: issue.latestMessageTime,
    created_at: issue.createdAt,
  };
}
