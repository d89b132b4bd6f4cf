import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { consoleApi } from '../api/client';
import { useLiveUpdates } from '../api/live';
import { isAdmin, useSessionUpdate, useSignedInSession } from '../api/session';

export interface Unread {
  count: number;
  issue_ids: string[];
}

export const useUnread = () =>
  useQuery({ queryKey: ['unread'], queryFn: () => consoleApi.get<Unread>('/unread'), refetchInterval: 60_000 });

/** The frame of every signed-in page: the navigation, who is signed in, the unread count and Sign out. */
export function Layout({ children }: { children: ReactNode }) {
  const session = useSignedInSession();
  const update = useSessionUpdate();
  const [location, navigate] = useLocation();
  const live = useLiveUpdates();
  const unread = useUnread();
  const signOut = async () => {
    await consoleApi.delete('/session').catch(() => undefined);
    update(null);
    navigate('/sign-in');
  };
  const current = (prefix: string) => (location.startsWith(prefix) ? 'page' : undefined);
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <Link href="/inbox/unassigned" className="brand">
          Helpline
        </Link>
        <nav aria-label="Main">
          <Link href="/inbox/unassigned" aria-current={current('/inbox')}>
            Inbox
            {unread.data && unread.data.count > 0 ? (
              <span className="badge" aria-label={`${unread.data.count} unread`}>
                {unread.data.count}
              </span>
            ) : null}
          </Link>
          <Link href="/contacts" aria-current={current('/contacts')}>
            Contacts
          </Link>
          <Link href="/accounts" aria-current={current('/accounts')}>
            Accounts
          </Link>
          {isAdmin(session) ? (
            <Link href="/settings/users" aria-current={current('/settings')}>
              Settings
            </Link>
          ) : null}
        </nav>
        <span className={`live live-${live}`} title={`Live updates: ${live}`}>
          {live === 'live' ? 'Live' : live === 'connecting' ? 'Connecting…' : 'Offline'}
        </span>
        <Link href="/preferences" className="who" aria-current={current('/preferences')}>
          {session.user.name ?? session.user.email} <small>({session.user.role_id})</small>
        </Link>
        <button type="button" className="secondary" onClick={() => void signOut()}>
          Sign out
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
