import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'wouter';
import { api, call, query } from '../api/client';
import { personName } from '../api/people';
import type { Account, Contact } from '../api/types';
import { ErrorText } from '../components/Field';
import { Pager, useCursorPages } from '../components/Pager';
import { accountName, useAccountsById } from './directory/accounts-by-id';
import { RelatedIssues } from './directory/RelatedIssues';
import { SearchBox, useSearchText } from './directory/SearchBox';
import './settings/settings.css';

const PAGE_SIZE = 25;

/** Pylon's filter language: a part of the name or of the email (the server ignores ASCII case). */
const nameOrEmailContains = (text: string) => ({
  operator: 'or',
  subfilters: [
    { field: 'name', operator: 'string_contains', value: text },
    { field: 'email', operator: 'string_contains', value: text },
  ],
});

/**
 * Every contact, a page at a time in the order they were added (`GET /contacts`), or those matching the search
 * (`POST /contacts/search`, which has a smaller allowance, so it is used only for a search).
 */
export function ContactsPage() {
  const [text, setText] = useSearchText();
  const pages = useCursorPages(text);
  const list = useQuery({
    queryKey: ['contacts', 'list', text, pages.cursor],
    placeholderData: keepPreviousData,
    queryFn: () =>
      text
        ? call<Contact[]>('POST', '/v1/contacts/search', {
            filter: nameOrEmailContains(text),
            cursor: pages.cursor,
            limit: PAGE_SIZE,
          })
        : api.page<Contact[]>(`/contacts${query({ cursor: pages.cursor, limit: PAGE_SIZE })}`),
  });
  const rows = list.data?.data ?? [];
  const accounts = useAccountsById(rows.flatMap((c) => (c.account ? [c.account.id] : [])));
  return (
    <section className="page contacts">
      <h1>Contacts</h1>
      <SearchBox label="Search contacts" value={text} onSearch={setText} placeholder="Part of a name or email" />
      <ErrorText error={list.error} />
      <table className="issues" aria-label="Contacts" aria-busy={list.isFetching}>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Account</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((contact) => (
            <tr key={contact.id}>
              <td>
                <Link href={`/contacts/${contact.id}`}>{personName(contact)}</Link>
              </td>
              <td>{contact.email ?? <span className="muted">—</span>}</td>
              <td>
                {contact.account ? (
                  <Link href={`/accounts/${contact.account.id}`}>
                    {accountName(accounts.get(contact.account.id)) ?? 'Account'}
                  </Link>
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {list.isSuccess && rows.length === 0 ? (
        <p className="empty">{text ? `No contact matches “${text}”.` : 'No contacts yet.'}</p>
      ) : null}
      <Pager pages={pages} pagination={list.data?.pagination} label="Contacts" />
    </section>
  );
}

/** One contact: who they are, their account, and the issues they asked. */
export function ContactPage() {
  const { id } = useParams<{ id: string }>();
  const contact = useQuery({ queryKey: ['contact', id], queryFn: () => api.get<Contact>(`/contacts/${id}`) });
  const accountId = contact.data?.account?.id;
  const account = useQuery({
    queryKey: ['account', accountId],
    enabled: Boolean(accountId),
    queryFn: () => api.get<Account>(`/accounts/${accountId}`),
  });
  if (contact.isPending) return <p className="loading">Loading…</p>;
  if (contact.isError) return <ErrorText error={contact.error} />;
  const data = contact.data;
  return (
    <section className="page contact">
      <p>
        <Link href="/contacts">← Contacts</Link>
      </p>
      <h1>{personName(data)}</h1>
      <dl className="panel details">
        <dt>Name</dt>
        <dd>{data.name || <span className="muted">—</span>}</dd>
        <dt>Email</dt>
        <dd>{data.email ? <a href={`mailto:${data.email}`}>{data.email}</a> : <span className="muted">—</span>}</dd>
        <dt>Account</dt>
        <dd>
          {accountId ? (
            <Link href={`/accounts/${accountId}`}>{accountName(account.data) ?? 'Account'}</Link>
          ) : (
            <span className="muted">No account</span>
          )}
        </dd>
      </dl>
      <RelatedIssues field="requester_id" id={id} title="Issues" />
    </section>
  );
}
