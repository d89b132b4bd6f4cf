/**
 * Table types as Kysely sees them. Timestamps are RFC 3339 UTC strings with milliseconds
 * (`2026-01-02T03:04:05.678Z`): fixed width, so they sort and compare as text on every database.
 * JSON columns hold text; booleans are stored as 0/1.
 */
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

export interface WorkspacesTable {
  id: string;
  name: string;
  issue_counter: Generated<number>;
  /** Inbound email to this address opens issues in this workspace. */
  support_email: string | null;
  created_at: string;
}

export interface UsersTable {
  id: string;
  workspace_id: string;
  name: string;
  email: string;
  role: string;
  avatar_url: string | null;
  status: string;
  created_at: string;
}

export interface ApiTokensTable {
  id: string;
  workspace_id: string;
  user_id: string;
  token_hash: string;
  name: string;
  created_at: string;
}

export interface AccountsTable {
  id: string;
  workspace_id: string;
  name: string;
  type: string;
  domains: string;
  primary_domain: string | null;
  owner_id: string | null;
  tags: string;
  created_at: string;
  updated_at: string;
}

export interface AccountExternalIdsTable {
  workspace_id: string;
  external_id: string;
  account_id: string;
  label: string | null;
  position: number;
}

export interface ContactsTable {
  id: string;
  workspace_id: string;
  name: string;
  email: string | null;
  email_key: string | null;
  account_id: string | null;
  avatar_url: string | null;
  phone_numbers: string;
  primary_phone_number: string | null;
  portal_role: string | null;
  created_at: string;
}

export interface IssuesTable {
  id: string;
  workspace_id: string;
  number: number;
  title: string;
  body_html: string;
  state: string;
  source: string;
  type: string;
  account_id: string | null;
  requester_id: string | null;
  assignee_id: string | null;
  team_id: string | null;
  tags: string;
  attachment_urls: string;
  customer_portal_visible: number;
  author_unverified: number;
  support_email: string | null;
  /** The message created with the issue; its content is also the issue's `body_html`. */
  first_message_id: string | null;
  created_at: string;
  updated_at: string;
  latest_message_time: string;
}

export interface ThreadsTable {
  id: string;
  workspace_id: string;
  issue_id: string;
  name: string;
  source: string;
  channel_id: string | null;
  external_thread_id: string | null;
  /** 1 for the issue's default internal thread, null otherwise (unique per issue). */
  is_default: number | null;
  created_at: string;
}

export interface MessagesTable {
  id: string;
  workspace_id: string;
  issue_id: string;
  thread_id: string | null;
  is_private: number;
  source: string;
  body_html: string;
  file_urls: string;
  author_user_id: string | null;
  author_contact_id: string | null;
  email_info: string | null;
  external_id: string | null;
  external_metadata: string | null;
  /** The RFC 5322 Message-ID of an email message (also in email_info), indexed to thread inbound replies. */
  email_message_id: string | null;
  created_at: string;
  redacted_at: string | null;
}

export interface AuditLogsTable {
  id: string;
  workspace_id: string;
  action: string;
  actor_user_id: string | null;
  object_type: string;
  object_id: string;
  attributes: string;
  happened_at: string;
}

export interface EventsTable {
  id: string;
  workspace_id: string;
  type: string;
  /** The message, thread or issue the event is about: redaction and deletion find its events by it. */
  subject_id: string;
  payload: string;
  created_at: string;
}

export interface IdempotencyKeysTable {
  workspace_id: string;
  key: string;
  fingerprint: string;
  status_code: number;
  response: string;
  created_at: string;
}

export interface WebhookEndpointsTable {
  id: string;
  workspace_id: string;
  url: string;
  description: string | null;
  /** JSON array of event types; empty means every type. */
  event_types: string;
  secret: string;
  previous_secret: string | null;
  previous_secret_expires_at: string | null;
  status: string;
  paused_reason: string | null;
  failing_since: string | null;
  created_at: string;
  updated_at: string;
}

export interface WebhookDeliveriesTable {
  id: string;
  workspace_id: string;
  endpoint_id: string;
  event_id: string;
  /** pending (due at next_attempt_at; leased while being sent), succeeded, failed. */
  status: string;
  attempt_count: number;
  next_attempt_at: string | null;
  lease_until: string | null;
  last_status_code: number | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
}

export interface WebhookAttemptsTable {
  id: string;
  delivery_id: string;
  attempted_at: string;
  status_code: number | null;
  error: string | null;
  duration_ms: number;
}

export interface EmailOutboxTable {
  id: string;
  workspace_id: string;
  message_id: string;
  /** pending, sent, failed, cancelled. */
  status: string;
  attempt_count: number;
  next_attempt_at: string | null;
  lease_until: string | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
}

export interface AttachmentsTable {
  id: string;
  workspace_id: string;
  message_id: string | null;
  filename: string;
  content_type: string;
  size: number;
  content: Buffer;
  created_at: string;
}

export interface Database {
  workspaces: WorkspacesTable;
  users: UsersTable;
  api_tokens: ApiTokensTable;
  accounts: AccountsTable;
  account_external_ids: AccountExternalIdsTable;
  contacts: ContactsTable;
  issues: IssuesTable;
  threads: ThreadsTable;
  messages: MessagesTable;
  audit_logs: AuditLogsTable;
  events: EventsTable;
  idempotency_keys: IdempotencyKeysTable;
  webhook_endpoints: WebhookEndpointsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  webhook_attempts: WebhookAttemptsTable;
  email_outbox: EmailOutboxTable;
  attachments: AttachmentsTable;
}

export type WorkspaceRow = Selectable<WorkspacesTable>;
export type UserRow = Selectable<UsersTable>;
export type ApiTokenRow = Selectable<ApiTokensTable>;
export type AccountRow = Selectable<AccountsTable>;
export type ContactRow = Selectable<ContactsTable>;
export type IssueRow = Selectable<IssuesTable>;
export type NewIssue = Insertable<IssuesTable>;
export type IssueUpdate = Updateable<IssuesTable>;
export type ThreadRow = Selectable<ThreadsTable>;
export type MessageRow = Selectable<MessagesTable>;
export type NewMessage = Insertable<MessagesTable>;
export type AuditLogRow = Selectable<AuditLogsTable>;
export type EventRow = Selectable<EventsTable>;
export type IdempotencyKeyRow = Selectable<IdempotencyKeysTable>;
