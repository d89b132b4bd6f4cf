import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { api } from '../../api/client';
import type { Issue, Message, Thread } from '../../api/types';
import { ErrorText, Field, SelectField } from '../../components/Field';
import { emailList, textToHtml } from './compose-html';
import { useRefreshIssue } from './issue-data';

/** Ctrl+Enter (or ⌘+Enter) sends, from the keyboard alone. */
const submitOnCtrlEnter = (event: KeyboardEvent<HTMLTextAreaElement>) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    event.currentTarget.form?.requestSubmit();
  }
};

/** The two ways to write: a reply the customer receives, and an internal note in a thread the customer never sees. */
export function Composer({ issue, messages, threads }: { issue: Issue; messages: Message[]; threads: Thread[] }) {
  return (
    <div className="composer">
      <ReplyForm issue={issue} messages={messages} />
      <NoteForm issue={issue} threads={threads} />
    </div>
  );
}

function ReplyForm({ issue, messages }: { issue: Issue; messages: Message[] }) {
  const id = useId();
  const refresh = useRefreshIssue(issue.id);
  const [text, setText] = useState('');
  const isEmail = issue.source === 'email';
  const requesterEmail = issue.requester?.email ?? '';
  const [to, setTo] = useState(requesterEmail);
  const [cc, setCc] = useState('');
  const [bcc, setBcc] = useState('');
  const visible = messages.filter((m) => !m.is_private);
  const replyTo = [...visible].reverse().find((m) => m.author.contact) ?? visible.at(-1);
  const send = useMutation({
    mutationFn: (replyToId: string) =>
      api.post(`/issues/${issue.id}/reply`, {
        body_html: textToHtml(text),
        message_id: replyToId,
        ...(isEmail
          ? { email_info: { to_emails: emailList(to), cc_emails: emailList(cc), bcc_emails: emailList(bcc) } }
          : {}),
      }),
    onSuccess: () => {
      setText('');
      refresh();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() && replyTo) send.mutate(replyTo.id);
  };
  return (
    <form className="reply-form" onSubmit={submit} aria-label="Reply to the customer">
      {isEmail ? (
        <div className="recipients">
          <Field label="To" value={to} onChange={(e) => setTo(e.target.value)} />
          <Field
            label="CC"
            value={cc}
            onChange={(e) => setCc(e.target.value)}
            placeholder="a@example.com, b@example.com"
          />
          <Field label="BCC" value={bcc} onChange={(e) => setBcc(e.target.value)} />
        </div>
      ) : null}
      <label htmlFor={`${id}-reply`}>Reply</label>
      <textarea
        id={`${id}-reply`}
        rows={4}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={submitOnCtrlEnter}
        placeholder="Write to the customer… (Ctrl+Enter sends)"
      />
      <ErrorText error={send.error} />
      <button type="submit" disabled={send.isPending || !text.trim() || !replyTo}>
        Send reply
      </button>
    </form>
  );
}

const NEW_THREAD = '__new__';

function NoteForm({ issue, threads }: { issue: Issue; threads: Thread[] }) {
  const id = useId();
  const refresh = useRefreshIssue(issue.id);
  const [text, setText] = useState('');
  const [thread, setThread] = useState('');
  const [threadName, setThreadName] = useState('');
  const chosen = thread || threads[0]?.id || NEW_THREAD;
  const add = useMutation({
    mutationFn: async () => {
      const threadId =
        chosen === NEW_THREAD
          ? (await api.post<Thread>(`/issues/${issue.id}/threads`, { name: threadName.trim() || 'Internal thread' })).id
          : chosen;
      await api.post(`/issues/${issue.id}/note`, { body_html: textToHtml(text), thread_id: threadId });
      return threadId;
    },
    onSuccess: (threadId) => {
      setText('');
      setThreadName('');
      setThread(threadId);
      refresh();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) add.mutate();
  };
  return (
    <form className="note-form" onSubmit={submit} aria-label="Add an internal note">
      <label htmlFor={`${id}-note`}>Internal note</label>
      <textarea
        id={`${id}-note`}
        rows={3}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={submitOnCtrlEnter}
        placeholder="Only your team sees this… (Ctrl+Enter adds)"
      />
      <div className="row">
        <SelectField label="Thread" value={chosen} onChange={(e) => setThread(e.target.value)}>
          {threads.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name || 'Internal thread'}
            </option>
          ))}
          <option value={NEW_THREAD}>New thread…</option>
        </SelectField>
        {chosen === NEW_THREAD ? (
          <Field
            label="New thread name"
            value={threadName}
            onChange={(e) => setThreadName(e.target.value)}
            placeholder="Internal thread"
          />
        ) : null}
        <button type="submit" className="note-button" disabled={add.isPending || !text.trim()}>
          Add note
        </button>
      </div>
      <ErrorText error={add.error} />
    </form>
  );
}
