import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client';
import { ConfirmButton } from '../../components/Confirm';
import { ErrorText } from '../../components/Field';
import { Pager } from '../../components/Pager';
import { EMAIL_SETTINGS_KEY, IMAP_KEY, type ImapMailbox } from './email-data';
import { ImapMailboxForm } from './ImapMailboxForm';
import { usePagedList } from './paged-list';
import { When } from './parts';

interface ConnectionTest {
  ok: boolean;
  error?: string;
  messages?: number;
}

const countOf = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** The team's existing mailboxes, read over IMAP for the support address: add, test, pause, edit, disconnect. */
export function ImapMailboxes() {
  const { pages, list, rows } = usePagedList<ImapMailbox>(IMAP_KEY, '/helpline/imap-mailboxes');
  const [adding, setAdding] = useState(false);
  return (
    <section className="panel" aria-labelledby="imap-title">
      <div className="section-header">
        <h3 id="imap-title">IMAP mailboxes</h3>
        {!adding ? (
          <button type="button" className="secondary" onClick={() => setAdding(true)}>
            Add mailbox
          </button>
        ) : null}
      </div>
      <p className="muted">
        Helpline reads each mailbox regularly (every 30 seconds unless the server is set otherwise) and files each new
        message as an issue or a reply.
      </p>
      {adding ? <ImapMailboxForm onDone={() => setAdding(false)} /> : null}
      <ErrorText error={list.error} />
      {rows.map((mailbox) => (
        <MailboxItem key={mailbox.id} mailbox={mailbox} />
      ))}
      {list.isSuccess && rows.length === 0 && !adding ? <p className="empty">No IMAP mailbox.</p> : null}
      <Pager pages={pages} pagination={list.data?.pagination} label="IMAP mailboxes" />
    </section>
  );
}

function MailboxItem({ mailbox }: { mailbox: ImapMailbox }) {
  const client = useQueryClient();
  const refresh = () =>
    Promise.all([
      client.invalidateQueries({ queryKey: IMAP_KEY }),
      client.invalidateQueries({ queryKey: EMAIL_SETTINGS_KEY }),
    ]);
  const [editing, setEditing] = useState(false);
  const test = useMutation({
    mutationFn: () => api.post<ConnectionTest>(`/helpline/imap-mailboxes/${mailbox.id}/test`),
    onSettled: () => client.invalidateQueries({ queryKey: IMAP_KEY }),
  });
  const toggle = useMutation({
    mutationFn: () => api.patch(`/helpline/imap-mailboxes/${mailbox.id}`, { enabled: !mailbox.enabled }),
    onSettled: refresh,
  });
  const name = `${mailbox.username} at ${mailbox.host}`;
  return (
    <article className="mailbox" aria-label={`Mailbox ${name}`}>
      <h4>
        {mailbox.address} <span className="muted">· {mailbox.enabled ? 'being read' : 'paused'}</span>
      </h4>
      <p>
        {name}:{mailbox.port} ({mailbox.tls ? 'TLS' : 'STARTTLS when offered'}), folder {mailbox.folder}
      </p>
      <p className="muted">
        Last read: <When at={mailbox.last_polled_at} />
      </p>
      {mailbox.last_error ? (
        <p className="error">
          Last error (<When at={mailbox.last_error_at} />
          ): {mailbox.last_error}
        </p>
      ) : null}
      <div className="actions">
        <button
          type="button"
          className="secondary"
          aria-label={`Test connection of ${name}`}
          disabled={test.isPending}
          onClick={() => test.mutate()}
        >
          {test.isPending ? 'Testing…' : 'Test connection'}
        </button>
        <button
          type="button"
          className="secondary"
          aria-label={`${mailbox.enabled ? 'Pause' : 'Resume'} reading ${name}`}
          disabled={toggle.isPending}
          onClick={() => toggle.mutate()}
        >
          {mailbox.enabled ? 'Pause reading' : 'Resume reading'}
        </button>
        <button
          type="button"
          className="secondary"
          aria-expanded={editing}
          aria-label={`Edit ${name}`}
          onClick={() => setEditing((shown) => !shown)}
        >
          Edit
        </button>
        <ConfirmButton
          label="Disconnect"
          accessibleLabel={`Disconnect ${name}`}
          title="Disconnect this mailbox?"
          confirmLabel="Disconnect mailbox"
          onConfirm={() => api.delete(`/helpline/imap-mailboxes/${mailbox.id}`).then(refresh)}
        >
          <p>Helpline stops reading it. Issues already filed from it stay, and so does the mail in the mailbox.</p>
        </ConfirmButton>
      </div>
      <div aria-live="polite">
        {test.data ? (
          <p className={test.data.ok ? 'success' : 'error'}>
            {test.data.ok
              ? `Connected: ${countOf(test.data.messages ?? 0, 'message')} in ${mailbox.folder}.`
              : `Connection failed: ${test.data.error ?? 'unknown reason'}`}
          </p>
        ) : null}
      </div>
      <ErrorText error={test.error ?? toggle.error} />
      {editing ? <ImapMailboxForm mailbox={mailbox} onDone={() => setEditing(false)} /> : null}
    </article>
  );
}
