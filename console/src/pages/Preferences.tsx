import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { consoleApi } from '../api/client';
import { useSignedInSession } from '../api/session';
import { ErrorText } from '../components/Field';

interface NotificationSettings {
  email_new_unassigned: boolean;
  email_customer_reply: boolean;
}

const SWITCHES: { key: keyof NotificationSettings; label: string }[] = [
  { key: 'email_new_unassigned', label: 'Email me when a new issue arrives unassigned' },
  { key: 'email_customer_reply', label: 'Email me when a customer replies on an issue assigned to me' },
];

/** The signed-in agent's own settings: which emails they get. Saved as soon as a box changes. */
export function PreferencesPage() {
  const session = useSignedInSession();
  const client = useQueryClient();
  const settings = useQuery({
    queryKey: ['notification-settings'],
    queryFn: () => consoleApi.get<NotificationSettings>('/notifications/settings'),
  });
  const save = useMutation({
    mutationFn: (change: Partial<NotificationSettings>) =>
      consoleApi.patch<NotificationSettings>('/notifications/settings', change),
    onSuccess: (data) => client.setQueryData(['notification-settings'], data),
  });
  return (
    <section className="page" aria-labelledby="preferences-title">
      <h1 id="preferences-title">Your preferences</h1>
      <p className="muted">
        Signed in as {session.user.name} ({session.user.email}). Notifications go to that address.
      </p>
      <fieldset className="switches">
        <legend>Email notifications</legend>
        {SWITCHES.map(({ key, label }) => (
          <label key={key} className="switch">
            <input
              type="checkbox"
              checked={settings.data?.[key] ?? false}
              disabled={!settings.data || save.isPending}
              onChange={(e) => save.mutate({ [key]: e.target.checked })}
            />{' '}
            {label}
          </label>
        ))}
      </fieldset>
      <ErrorText error={settings.error ?? save.error} />
      {save.isSuccess ? (
        <p role="status" className="muted">
          Saved.
        </p>
      ) : null}
    </section>
  );
}
