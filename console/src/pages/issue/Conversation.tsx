import { api } from '../../api/client';
import { absoluteTime, relativeTime } from '../../api/people';
import { isAdmin, useSignedInSession } from '../../api/session';
import type { Message, Thread } from '../../api/types';
import { ConfirmButton } from '../../components/Confirm';
import { useRefreshIssue } from './issue-data';

/**
 * The conversation in order. What the customer sees and the team's internal notes look different, and notes are
 * grouped by the thread they were written in.
 */
export function Conversation({
  issueId,
  messages,
  threads,
}: {
  issueId: string;
  messages: Message[];
  threads: Thread[];
}) {
  const visible = messages.filter((m) => !m.is_private);
  const notes = messages.filter((m) => m.is_private);
  const threadIds = [...new Set(notes.map((n) => n.thread_id ?? ''))];
  const threadName = (id: string) => threads.find((t) => t.id === id)?.name || 'Internal thread';
  return (
    <>
      <section className="conversation" aria-labelledby="conversation-title">
        <h2 id="conversation-title">Conversation</h2>
        <ol className="messages">
          {visible.map((message) => (
            <MessageItem key={message.id} issueId={issueId} message={message} />
          ))}
        </ol>
      </section>
      {threadIds.length > 0 ? (
        <section className="notes" aria-labelledby="notes-title">
          <h2 id="notes-title">Internal notes</h2>
          {threadIds.map((threadId) => (
            <section key={threadId} className="thread" aria-label={`Thread: ${threadName(threadId)}`}>
              <h3>{threadName(threadId)}</h3>
              <ol className="messages">
                {notes
                  .filter((n) => (n.thread_id ?? '') === threadId)
                  .map((note) => (
                    <MessageItem key={note.id} issueId={issueId} message={note} />
                  ))}
              </ol>
            </section>
          ))}
        </section>
      ) : null}
    </>
  );
}

function MessageItem({ issueId, message }: { issueId: string; message: Message }) {
  const session = useSignedInSession();
  const refresh = useRefreshIssue(issueId);
  const fromCustomer = Boolean(message.author.contact) && !message.is_private;
  const author = message.author.name || message.author.contact?.email || message.author.user?.email || 'Unknown';
  const kind = message.is_private ? 'note' : fromCustomer ? 'customer' : 'agent';
  const when = absoluteTime(message.timestamp);
  return (
    <li className={`message message-${kind}`} aria-label={`${kindLabel[kind]} from ${author}, ${when}`}>
      <header>
        <strong>{author}</strong>
        <span className="kind">{kindLabel[kind]}</span>
        {message.source ? <span className="source">{message.source}</span> : null}
        <time dateTime={message.timestamp} title={when}>
          {relativeTime(message.timestamp)}
        </time>
        <span className="message-actions">
          <ConfirmButton
            label="Redact"
            accessibleLabel={`Redact message from ${author}, ${when}`}
            title="Redact this message?"
            confirmLabel="Redact message"
            onConfirm={() => api.post(`/issues/${issueId}/messages/${message.id}/redact`).then(refresh)}
          >
            <p>
              Its text and attachments are removed for good, everywhere. The message stays in the conversation, marked
              redacted.
            </p>
          </ConfirmButton>
          {isAdmin(session) ? (
            <ConfirmButton
              label="Delete"
              accessibleLabel={`Delete message from ${author}, ${when}`}
              title="Delete this message?"
              confirmLabel="Delete message"
              onConfirm={() => api.delete(`/issues/${issueId}/messages/${message.id}`).then(refresh)}
            >
              <p>The message is removed from the conversation. This cannot be undone.</p>
            </ConfirmButton>
          ) : null}
        </span>
      </header>
      {message.email_info?.to_emails?.length ? (
        <p className="email-info">
          To: {message.email_info.to_emails.join(', ')}
          {message.email_info.cc_emails?.length ? ` · CC: ${message.email_info.cc_emails.join(', ')}` : ''}
        </p>
      ) : null}
      {/* Stored HTML is sanitized by the server on every write; the console's CSP forbids inline scripts besides. */}
      <div className="body" dangerouslySetInnerHTML={{ __html: message.message_html }} />
    </li>
  );
}

const kindLabel = { note: 'Internal note', customer: 'Customer', agent: 'Reply' } as const;
