import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { api } from '../../api/client';
import { personName, relativeTime, stateLabel } from '../../api/people';
import type { Account, Contact, Issue } from '../../api/types';
import { issueKey } from './issue-data';

/** Who asked: the requester, their account, and their other issues. */
export function SidePanel({ issue }: { issue: Issue }) {
  const requesterId = issue.requester?.id;
  const contact = useQuery({
    queryKey: issueKey(issue.id, 'requester', requesterId ?? ''),
    enabled: Boolean(requesterId),
    queryFn: () => api.get<Contact>(`/contacts/${requesterId}`),
  });
  const accountId = issue.account?.id ?? contact.data?.account?.id;
  const account = useQuery({
    queryKey: ['account', accountId],
    enabled: Boolean(accountId),
    queryFn: () => api.get<Account>(`/accounts/${accountId}`),
  });
  const others = useQuery({
    // Not under the issue's key: live events about this issue need not search again (searches are rate limited).
    queryKey: ['requester-issues', requesterId],
    staleTime: 60_000,
    enabled: Boolean(requesterId),
    queryFn: () =>
      api.post<Issue[]>('/issues/search', {
        filter: { field: 'requester_id', operator: 'equals', value: requesterId },
        limit: 11,
      }),
  });
  const otherIssues = (others.data ?? []).filter((i) => i.id !== issue.id).slice(0, 10);
  return (
    <aside className="side-panel" aria-label="Requester">
      <section>
        <h2>Requester</h2>
        {requesterId ? (
          <p>
            <Link href={`/contacts/${requesterId}`}>{personName(contact.data ?? issue.requester)}</Link>
            <br />
            <span className="muted">{contact.data?.email ?? issue.requester?.email}</span>
          </p>
        ) : (
          <p className="muted">No requester</p>
        )}
      </section>
      <section>
        <h2>Account</h2>
        {account.data ? (
          <p>
            <Link href={`/accounts/${account.data.id}`}>{account.data.name ?? account.data.primary_domain}</Link>
            {account.data.primary_domain ? <span className="muted"> · {account.data.primary_domain}</span> : null}
          </p>
        ) : (
          <p className="muted">No account</p>
        )}
      </section>
      <section>
        <h2>Other issues</h2>
        {otherIssues.length ? (
          <ul className="plain">
            {otherIssues.map((other) => (
              <li key={other.id}>
                <Link href={`/issues/${other.id}`}>{other.title || '(no title)'}</Link>
                <span className="muted">
                  {' '}
                  · {stateLabel(other.state)} · {relativeTime(other.latest_message_time ?? other.created_at)}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">None</p>
        )}
      </section>
    </aside>
  );
}
