import { useState, type FormEvent } from 'react';
import { useLocation, useSearch } from 'wouter';
import { ApiError, consoleApi } from '../api/client';
import { useSessionUpdate } from '../api/session';
import type { Session } from '../api/types';
import { safeNext } from '../app/navigation';
import { ErrorText, Field } from '../components/Field';

export function SignInPage() {
  const params = new URLSearchParams(useSearch());
  const [, navigate] = useLocation();
  const update = useSessionUpdate();
  const [error, setError] = useState<unknown>();
  const [askWorkspace, setAskWorkspace] = useState(false);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const workspace = String(form.get('workspace_id') ?? '').trim();
    setBusy(true);
    try {
      const session = await consoleApi.post<Session>('/session', {
        email: form.get('email'),
        password: form.get('password'),
        ...(workspace ? { workspace_id: workspace } : {}),
      });
      update(session);
      navigate(safeNext(params.get('next')), { replace: true });
    } catch (caught) {
      if (caught instanceof ApiError && /workspace_id/.test(caught.message)) setAskWorkspace(true);
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <main className="card-page" id="main">
      <form className="card" onSubmit={(e) => void submit(e)} aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">Sign in to Helpline</h1>
        <Field label="Email" name="email" type="email" autoComplete="username" required autoFocus />
        <Field label="Password" name="password" type="password" autoComplete="current-password" required />
        {askWorkspace ? (
          <Field label="Workspace" name="workspace_id" required hint="Your email works in several." />
        ) : null}
        <ErrorText error={error} />
        <button type="submit" disabled={busy}>
          Sign in
        </button>
      </form>
    </main>
  );
}
