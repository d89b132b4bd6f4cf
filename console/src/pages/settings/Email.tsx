import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { consoleApi } from '../../api/client';
import { ErrorText, Field } from '../../components/Field';
import { EMAIL_SETTINGS_KEY, IMAP_KEY, useEmailSettings, type EmailSettingsData } from './email-data';
import { ImapMailboxes } from './ImapMailboxes';

/** Where customers write (the support address and the name replies carry) and the mailboxes read for it. */
export function EmailSettings() {
  return (
    <section aria-labelledby="email-title">
      <h2 id="email-title">Email</h2>
      <SupportAddressForm />
      <ImapMailboxes />
    </section>
  );
}

function SupportAddressForm() {
  const client = useQueryClient();
  const settings = useEmailSettings();
  const [address, setAddress] = useState('');
  const [displayName, setDisplayName] = useState('');
  useEffect(() => {
    setAddress(settings.data?.support_address ?? '');
    setDisplayName(settings.data?.display_name ?? '');
  }, [settings.data]);
  const save = useMutation({
    mutationFn: () =>
      consoleApi.put<EmailSettingsData>('/email-settings', {
        support_address: address.trim(),
        display_name: displayName.trim(),
      }),
    onSuccess: (data) => {
      client.setQueryData(EMAIL_SETTINGS_KEY, data);
      // A mailbox shows the support address and display name it serves.
      void client.invalidateQueries({ queryKey: IMAP_KEY });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const smtp = settings.data?.inbound_smtp;
  return (
    <form className="card" aria-labelledby="support-address-title" onSubmit={submit}>
      <h3 id="support-address-title">Customer email</h3>
      <ErrorText error={settings.error} />
      <Field
        label="Support address"
        type="email"
        value={address}
        onChange={(e) => setAddress(e.target.value)}
        placeholder="support@example.com"
        hint="Mail to this address becomes issues; replies go out from it."
      />
      <Field
        label="Display name"
        value={displayName}
        onChange={(e) => setDisplayName(e.target.value)}
        placeholder="Acme Support"
        hint="The name customers see beside the address."
      />
      {smtp ? (
        <p className="muted">
          {smtp.enabled
            ? `Helpline receives mail itself (SMTP on port ${smtp.port ?? '?'}): ` +
              "point the address's MX record here, or forward its mail."
            : 'Helpline does not receive mail over SMTP on this server: connect the mailbox over IMAP below.'}
        </p>
      ) : null}
      <ErrorText error={save.error} />
      <div className="actions">
        <button type="submit" disabled={save.isPending || settings.isPending}>
          Save
        </button>
        {save.isSuccess ? (
          <span role="status" className="muted">
            Saved.
          </span>
        ) : null}
      </div>
    </form>
  );
}
