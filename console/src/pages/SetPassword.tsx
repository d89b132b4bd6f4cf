import { useState, type FormEvent } from 'react';
import { useLocation, useSearch } from 'wouter';
import { consoleApi } from '../api/client';
import { useSessionUpdate } from '../api/session';
import type { Session } from '../api/types';
import { ErrorText, Field } from '../components/Field';

/** Where an invite or a set-password link leads: choose a password, and be signed in. The link works once. */
export function SetPasswordPage() {
  const token = new URLSearchParams(useSearch()).get('token') ?? '';
  const [, navigate] = useLocation();
  const update = useSessionUpdate();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    if (form.get('password') !== form.get('confirm')) {
      setError(new Error('The two passwords differ'));
      return;
    }
    setBusy(true);
    try {
      update(await consoleApi.post<Session>('/password', { token, password: form.get('password') }));
      navigate('/inbox/unassigned', { replace: true });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <main className="card-page" id="main">
      <form className="card" onSubmit={(e) => void submit(e)} aria-labelledby="set-password-title">
        <h1 id="set-password-title">Choose your password</h1>
        {token ? null : <p role="alert">This page needs the link you were sent.</p>}
        <Field
          label="Password"
          name="password"
          type="password"
          autoComplete="new-password"
          minLength={10}
          required
          autoFocus
          hint="At least 10 characters."
        />
        <Field label="Repeat password" name="confirm" type="password" autoComplete="new-password" required />
        <ErrorText error={error} />
        <button type="submit" disabled={busy || !token}>
          Set password
        </button>
      </form>
    </main>
  );
}
