import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'wouter';
import { api, call, query } from '../api/client';
import { personName } from '../api/people';
import type { Account, Contact } from '../api/types';
import { ErrorText } from '../components/Field';
import { Pager, useCursorPages } from '../components/Pager';
import { accountName } from './directory/accounts-by-id';
import { RelatedIssues } from './directory/RelatedIssues';
import { SearchBox, useSearchText } from './directory/SearchBox';
import './settings/settings.css';

const PAGE_SIZE = 25;

const domainsOf = (account: Account) => account.domains ?? (account.primary_domain ? [account.primary_domain] : []);

/**
 * Every account, a page at a time in the order they were added (`GET /accounts`), or those matching the search
 * (`POST /accounts/search` with `search_text`: a part of the name or of a domain).
 */
export function AccountsPage() {
  const [text, setText] = useSearchText();
  const pages = useCursorPages(text);
  const list = useQuery({
    queryKey: ['accounts', 'list', text, pages.cursor],
    placeholderData: keepPreviousData,
    queryFn: () =>
      text
        ? call<Account[]>('POST', '/v1/accounts/search', { search_text: text, cursor: pages.cursor, limit: PAGE_SIZE })
        : api.page<Account[]>(`/accounts${query({ cursor: pages.cursor, limit: PAGE_SIZE })}`),
  });
  const rows = list.data?.data ?? [];
  return (
    <section className="page accounts">
      <h1>Accounts</h1>
      <SearchBox label="Search accounts" value={text} onSearch={setText} placeholder="Part of a name or domain" />
      <ErrorText error={list.error} />
      <table className="issues" aria-label="Accounts" aria-busy={list.isFetching}>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Domains</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((account) => (
            <tr key={account.id}>
              <td>
                <Link href={`/accounts/${account.id}`}>{accountName(account)}</Link>
              </td>
              <td>{domainsOf(account).join(', ') || <span className="muted">—</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {list.isSuccess && rows.length === 0 ? (
        <p className="empty">{text ? `No account matches “${text}”.` : 'No accounts yet.'}</p>
      ) : null}
      <Pager pages={pages} pagination={list.data?.pagination} label="Accounts" />
    </section>
  );
}

/** One account: its name and domains, its contacts and its issues. */
export function AccountPage() {
  const { id } = useParams<{ id: string }>();
  const account = useQuery({ queryKey: ['account', id], queryFn: () => api.get<Account>(`/accounts/${id}`) });
  if (account.isPending) return <p className="loading">Loading…</p>;
  if (account.isError) return <ErrorText error={account.error} />;
  const data = account.data;
  const domains = domainsOf(data);
  return (
    <section className="page account">
      <p>
        <Link href="/accounts">← Accounts</Link>
      </p>
      <h1>{accountName(data)}</h1>
      <dl className="panel details">
        <dt>Name</dt>
        <dd>{data.name || <span className="muted">—</span>}</dd>
        <dt>Domains</dt>
        <dd>
          {domains.length ? (
            domains.map((domain) => (
              <span key={domain} className="tag">
                {domain}
                {domain === data.primary_domain && domains.length > 1 ? ' (primary)' : ''}
              </span>
            ))
          ) : (
            <span className="muted">None</span>
          )}
        </dd>
      </dl>
      <AccountContacts accountId={id} />
      <RelatedIssues field="account_id" id={id} title="Issues" />
    </section>
  );
}

function AccountContacts({ accountId }: { accountId: string }) {
  const pages = useCursorPages(accountId);
  const contacts = useQuery({
    queryKey: ['contacts', 'of-account', accountId, pages.cursor],
    placeholderData: keepPreviousData,
    queryFn: () =>
      call<Contact[]>('POST', '/v1/contacts/search', {
        filter: { field: 'account_id', operator: 'equals', value: accountId },
        cursor: pages.cursor,
        limit: PAGE_SIZE,
      }),
  });
  const rows = contacts.data?.data ?? [];
  return (
    <section className="panel" aria-labelledby="account-contacts">
      <h2 id="account-contacts">Contacts</h2>
      <ErrorText error={contacts.error} />
      {rows.length ? (
        <ul className="plain" aria-busy={contacts.isFetching}>
          {rows.map((contact) => (
            <li key={contact.id}>
              <Link href={`/contacts/${contact.id}`}>{personName(contact)}</Link>
              {contact.email && contact.name ? <span className="muted"> · {contact.email}</span> : null}
            </li>
          ))}
        </ul>
      ) : contacts.isSuccess ? (
        <p className="empty">No contacts.</p>
      ) : null}
      <Pager pages={pages} pagination={contacts.data?.pagination} label="Account contacts" />
    </section>
  );
}
