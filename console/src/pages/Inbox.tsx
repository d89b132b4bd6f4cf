import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useLocation, useParams, useSearch } from 'wouter';
import { consoleApi, query } from '../api/client';
import {
  absoluteTime,
  ISSUE_STATES,
  personName,
  relativeTime,
  stateLabel,
  useTags,
  useTeams,
  useUsers,
} from '../api/people';
import type { InboxRow } from '../api/types';
import { useUnread } from '../app/Layout';
import { ErrorText, Field, SelectField } from '../components/Field';

export const VIEWS = [
  { view: 'unassigned', label: 'Unassigned' },
  { view: 'mine', label: 'Mine' },
  { view: 'open', label: 'Open' },
  { view: 'waiting_on_customer', label: 'Waiting on customer' },
  { view: 'closed', label: 'Closed' },
  { view: 'all', label: 'All' },
] as const;

type Counts = Partial<Record<(typeof VIEWS)[number]['view'], number>>;

const FILTERS = ['state', 'assignee_id', 'team_id', 'tag', 'q'] as const;

/** The inbox: one view, its filters and search, newest activity first, a page at a time, kept live. */
export function InboxPage() {
  const { view = 'unassigned' } = useParams<{ view: string }>();
  const [location, navigate] = useLocation();
  const params = new URLSearchParams(useSearch());
  const filters = Object.fromEntries(FILTERS.map((name) => [name, params.get(name) ?? ''])) as Record<
    (typeof FILTERS)[number],
    string
  >;
  const [cursors, setCursors] = useState<string[]>([]);
  const cursor = cursors.at(-1);
  const filterKey = JSON.stringify(filters);
  useEffect(() => setCursors([]), [view, filterKey]);

  const page = useQuery({
    queryKey: ['inbox', view, filters, cursor],
    placeholderData: keepPreviousData,
    queryFn: () => consoleApi.page<InboxRow[]>(`/inbox${query({ view, ...filters, cursor, limit: 25 })}`),
  });
  const counts = useQuery({ queryKey: ['counts'], queryFn: () => consoleApi.get<Counts>('/inbox/counts') });
  const unread = useUnread();
  const unreadIds = new Set(unread.data?.issue_ids ?? []);

  const setFilter = (name: (typeof FILTERS)[number], value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    const text = next.toString();
    navigate(`${location}${text ? `?${text}` : ''}`, { replace: true });
  };
  const rows = page.data?.data ?? [];
  const title = VIEWS.find((v) => v.view === view)?.label ?? 'Inbox';

  return (
    <section className="page inbox">
      <nav className="views" aria-label="Views">
        {VIEWS.map(({ view: name, label }) => (
          <Link key={name} href={`/inbox/${name}`} aria-current={name === view ? 'page' : undefined}>
            {label}
            {counts.data?.[name] !== undefined ? <span className="count">{counts.data[name]}</span> : null}
          </Link>
        ))}
      </nav>
      <div className="inbox-main">
        <h1>{title}</h1>
        <Filters filters={filters} setFilter={setFilter} />
        <ErrorText error={page.error} />
        <table className="issues" aria-label={`${title} issues`} aria-busy={page.isFetching}>
          <thead>
            <tr>
              <th scope="col">Issue</th>
              <th scope="col">Requester</th>
              <th scope="col">State</th>
              <th scope="col">Assignee</th>
              <th scope="col">Latest message</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className={unreadIds.has(row.id) ? 'unread' : undefined}>
                <td>
                  <Link href={`/issues/${row.id}`} className="issue-title">
                    {row.title || '(no title)'}
                  </Link>
                  {unreadIds.has(row.id) ? <span className="sr-only"> (unread)</span> : null}
                  <div className="meta">
                    #{row.number}
                    {row.team ? ` · ${row.team.name}` : ''}
                    {row.tags.map((tag) => (
                      <span key={tag} className="tag">
                        {tag}
                      </span>
                    ))}
                  </div>
                </td>
                <td>{personName(row.requester)}</td>
                <td>
                  <span className={`state state-${row.state}`}>{stateLabel(row.state)}</span>
                </td>
                <td>{row.assignee ? personName(row.assignee) : <span className="muted">Unassigned</span>}</td>
                <td>
                  <time dateTime={row.latest_message_at} title={absoluteTime(row.latest_message_at)}>
                    {relativeTime(row.latest_message_at)}
                  </time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {page.isSuccess && rows.length === 0 ? <p className="empty">No issues here.</p> : null}
        <div className="pager">
          <button
            type="button"
            className="secondary"
            disabled={cursors.length === 0}
            onClick={() => setCursors((c) => c.slice(0, -1))}
          >
            Previous page
          </button>
          <button
            type="button"
            className="secondary"
            disabled={!page.data?.pagination?.has_next_page}
            onClick={() => setCursors((c) => [...c, page.data!.pagination!.cursor!])}
          >
            Next page
          </button>
        </div>
      </div>
    </section>
  );
}

function Filters({
  filters,
  setFilter,
}: {
  filters: Record<(typeof FILTERS)[number], string>;
  setFilter: (name: (typeof FILTERS)[number], value: string) => void;
}) {
  const users = useUsers();
  const teams = useTeams();
  const tags = useTags();
  const [text, setText] = useState(filters.q);
  useEffect(() => setText(filters.q), [filters.q]);
  return (
    <form
      className="filters"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        setFilter('q', text.trim());
      }}
    >
      <Field
        label="Search"
        type="search"
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder="Words in titles and messages"
      />
      <SelectField label="State filter" value={filters.state} onChange={(e) => setFilter('state', e.target.value)}>
        <option value="">Any state</option>
        {ISSUE_STATES.map((s) => (
          <option key={s.value} value={s.value}>
            {s.label}
          </option>
        ))}
      </SelectField>
      <SelectField
        label="Assignee filter"
        value={filters.assignee_id}
        onChange={(e) => setFilter('assignee_id', e.target.value)}
      >
        <option value="">Anyone</option>
        {(users.data ?? []).map((u) => (
          <option key={u.id} value={u.id}>
            {personName(u)}
          </option>
        ))}
      </SelectField>
      <SelectField label="Team filter" value={filters.team_id} onChange={(e) => setFilter('team_id', e.target.value)}>
        <option value="">Any team</option>
        {(teams.data ?? []).map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </SelectField>
      <SelectField label="Tag filter" value={filters.tag} onChange={(e) => setFilter('tag', e.target.value)}>
        <option value="">Any tag</option>
        {(tags.data ?? []).map((t) => (
          <option key={t.id} value={t.value}>
            {t.value}
          </option>
        ))}
      </SelectField>
      <button type="submit" className="secondary">
        Search
      </button>
    </form>
  );
}
