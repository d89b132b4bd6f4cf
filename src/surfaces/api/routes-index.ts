import type { RouteDefinition } from '../../core/http/route.js';
import auditLogsList from '../../features/audit-logs/routes/list.js';
import accountsCreate from '../../features/accounts/routes/create.js';
import accountsGet from '../../features/accounts/routes/get.js';
import accountsList from '../../features/accounts/routes/list.js';
import contactsCreate from '../../features/contacts/routes/create.js';
import contactsGet from '../../features/contacts/routes/get.js';
import contactsList from '../../features/contacts/routes/list.js';
import healthz from '../../features/health/routes/healthz.js';
import issuesCreate from '../../features/issues/routes/create.js';
import issuesDelete from '../../features/issues/routes/delete.js';
import issuesGet from '../../features/issues/routes/get.js';
import issuesList from '../../features/issues/routes/list.js';
import messagesDelete from '../../features/messages/routes/delete.js';
import messagesList from '../../features/messages/routes/list.js';
import messagesRedact from '../../features/messages/routes/redact.js';
import issuesNote from '../../features/messages/routes/note.js';
import issuesReply from '../../features/messages/routes/reply.js';
import threadsCreate from '../../features/threads/routes/create.js';
import threadsList from '../../features/threads/routes/list.js';
import issuesUpdate from '../../features/issues/routes/update.js';
import me from '../../features/users/routes/me.js';
import readyz from '../../features/health/routes/readyz.js';
import usersGet from '../../features/users/routes/get.js';
import usersList from '../../features/users/routes/list.js';
import eventsList from '../../features/events/routes/list.js';
import attachmentsGet from '../../features/attachments/routes/get.js';
import webhooksCreate from '../../features/webhooks/routes/create.js';
import webhooksDelete from '../../features/webhooks/routes/delete.js';
import deliveriesList from '../../features/webhooks/routes/deliveries-list.js';
import deliveriesReplay from '../../features/webhooks/routes/deliveries-replay.js';
import webhooksGet from '../../features/webhooks/routes/get.js';
import webhooksList from '../../features/webhooks/routes/list.js';
import webhooksResume from '../../features/webhooks/routes/resume.js';
import webhooksRotate from '../../features/webhooks/routes/rotate-secret.js';

/** Every operation Helpline serves. */
export const ROUTES: RouteDefinition[] = [
  healthz,
  readyz,
  me,
  usersList,
  usersGet,
  accountsCreate,
  accountsList,
  accountsGet,
  contactsCreate,
  contactsList,
  contactsGet,
  issuesCreate,
  issuesList,
  issuesGet,
  issuesUpdate,
  issuesDelete,
  messagesList,
  threadsList,
  threadsCreate,
  issuesReply,
  issuesNote,
  messagesRedact,
  messagesDelete,
  auditLogsList,
  eventsList,
  attachmentsGet,
  webhooksCreate,
  webhooksList,
  webhooksGet,
  webhooksDelete,
  webhooksRotate,
  webhooksResume,
  deliveriesList,
  deliveriesReplay,
];
