import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { ErrorText, Field } from '../../components/Field';
import { EMAIL_SETTINGS_KEY, IMAP_KEY, useEmailSettings, type ImapMailbox } from './email-data';

/**
 * Connects a mailbox (`POST /helpline/imap-mailboxes`) or changes one (`PATCH …/{id}`, only what changed; an empty
 * password keeps the stored one, which is never shown).
 */
export function ImapMailboxForm({ mailbox, onDone }: { mailbox?: ImapMailbox; onDone: () => void }) {
  const client = useQueryClient();
  const settings = useEmailSettings();
  const currentAddress = settings.data?.support_address ?? null;
  const [address, setAddress] = useState('');
  const [host, setHost] = useState(mailbox?.host ?? '');
  const [port, setPort] = useState(mailbox ? String(mailbox.port) : '');
  const [tls, setTls] = useState(mailbox?.tls ?? true);
  const [username, setUsername] = useState(mailbox?.username ?? '');
  const [password, setPassword] = useState('');
  const [folder, setFolder] = useState(mailbox?.folder ?? 'INBOX');
  const save = useMutation({
    mutationFn: () => {
      const common = {
        host: host.trim(),
        port: port ? Number(port) : undefined,
        tls,
        username,
        password: password || undefined,
        folder: folder.trim() || undefined,
      };
      if (mailbox) return api.patch<ImapMailbox>(`/helpline/imap-mailboxes/${mailbox.id}`, common);
      // A workspace without a support address gets the one given here.
      return api.post<ImapMailbox>('/helpline/imap-mailboxes', { ...common, address: address.trim() || undefined });
    },
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: IMAP_KEY }),
        client.invalidateQueries({ queryKey: EMAIL_SETTINGS_KEY }),
      ]);
      onDone();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const title = mailbox ? `Edit mailbox ${mailbox.username} at ${mailbox.host}` : 'Add IMAP mailbox';
  return (
    <form className="card imap-form" aria-label={title} onSubmit={submit}>
      {mailbox ? null : currentAddress ? (
        <p>
          For the support address <strong>{currentAddress}</strong>.
        </p>
      ) : (
        <Field
          label="Support address"
          type="email"
          required
          value={address}
          onChange={(e) => setAddress(e.target.value)}
          placeholder="support@example.com"
          hint="The workspace has no support address yet: this one becomes it."
        />
      )}
      <Field
        label="Host"
        required
        value={host}
        onChange={(e) => setHost(e.target.value)}
        placeholder="imap.example.com"
      />
      <Field
        label="Port"
        type="number"
        min={1}
        max={65535}
        value={port}
        onChange={(e) => setPort(e.target.value)}
        placeholder={tls ? '993' : '143'}
      />
      <div className="field">
        <label className="checkbox">
          <input type="checkbox" checked={tls} onChange={(e) => setTls(e.target.checked)} />
          TLS (IMAPS)
        </label>
        <small className="hint">Unchecked: a plain connection, upgraded with STARTTLS when the server offers it.</small>
      </div>
      <Field
        label="Username"
        required
        value={username}
        onChange={(e) => setUsername(e.target.value)}
        autoComplete="off"
      />
      <Field
        label="Password"
        type="password"
        required={!mailbox}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        autoComplete="new-password"
        hint={mailbox ? 'Leave empty to keep the saved password.' : 'Stored to log in; never shown again.'}
      />
      <Field label="Folder" value={folder} onChange={(e) => setFolder(e.target.value)} placeholder="INBOX" />
      <ErrorText error={save.error} />
      <div className="actions">
        <button type="submit" disabled={save.isPending}>
          {mailbox ? 'Save mailbox' : 'Connect mailbox'}
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
