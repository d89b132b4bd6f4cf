import type { RouteDefinition } from '../route.js';
import auditLogsList from './audit-logs/list.js';
import accountsCreate from './accounts/create.js';
import accountsGet from './accounts/get.js';
import accountsList from './accounts/list.js';
import contactsCreate from './contacts/create.js';
import contactsGet from './contacts/get.js';
import contactsList from './contacts/list.js';
import healthz from './healthz.js';
import issuesCreate from './issues/create.js';
import issuesDelete from './issues/delete.js';
import issuesGet from './issues/get.js';
import issuesList from './issues/list.js';
import messagesDelete from './issues/messages/delete.js';
import messagesList from './issues/messages/list.js';
import messagesRedact from './issues/messages/redact.js';
import issuesNote from './issues/note.js';
import issuesReply from './issues/reply.js';
import threadsCreate from './issues/threads/create.js';
import threadsList from './issues/threads/list.js';
import issuesUpdate from './issues/update.js';
import me from './me/get.js';
import readyz from './readyz.js';
import usersGet from './users/get.js';
import usersList from './users/list.js';
import eventsList from './events/list.js';
import attachmentsGet from './attachments/get.js';
import webhooksCreate from './webhooks/create.js';
import webhooksDelete from './webhooks/delete.js';
import deliveriesList from './webhooks/deliveries/list.js';
import deliveriesReplay from './webhooks/deliveries/replay.js';
import webhooksGet from './webhooks/get.js';
import webhooksList from './webhooks/list.js';
import webhooksResume from './webhooks/resume.js';
import webhooksRotate from './webhooks/rotate-secret.js';

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
