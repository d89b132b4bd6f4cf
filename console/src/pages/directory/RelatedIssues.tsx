import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { call } from '../../api/client';
import { absoluteTime, relativeTime, stateLabel } from '../../api/people';
import type { Issue } from '../../api/types';
import { ErrorText } from '../../components/Field';
import { Pager, useCursorPages } from '../../components/Pager';

const PAGE_SIZE = 50;

const latestOf = (issue: Issue) => issue.latest_message_time ?? issue.created_at;

/**
 * The issues of a contact (`requester_id`) or of an account (`account_id`), through `POST /issues/search`. The
 * search pages in the order issues were opened; within a page the latest activity comes first.
 */
export function RelatedIssues({
  field,
  id,
  title,
}: {
  field: 'requester_id' | 'account_id';
  id: string;
  title: string;
}) {
  const pages = useCursorPages(`${field}:${id}`);
  const result = useQuery({
    queryKey: ['related-issues', field, id, pages.cursor],
    placeholderData: keepPreviousData,
    queryFn: () =>
      call<Issue[]>('POST', '/v1/issues/search', {
        filter: { field, operator: 'equals', value: id },
        cursor: pages.cursor,
        limit: PAGE_SIZE,
      }),
  });
  const rows = [...(result.data?.data ?? [])].sort((a, b) => latestOf(b).localeCompare(latestOf(a)));
  return (
    <section className="panel" aria-labelledby={`${field}-issues`}>
      <h2 id={`${field}-issues`}>{title}</h2>
      <ErrorText error={result.error} />
      {rows.length ? (
        <table className="issues" aria-label={title} aria-busy={result.isFetching}>
          <thead>
            <tr>
              <th scope="col">Issue</th>
              <th scope="col">State</th>
              <th scope="col">Latest message</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((issue) => (
              <tr key={issue.id}>
                <td>
                  <Link href={`/issues/${issue.id}`} className="issue-title">
                    {issue.title || '(no title)'}
                  </Link>
                  <div className="meta">#{issue.number}</div>
                </td>
                <td>
                  <span className={`state state-${issue.state}`}>{stateLabel(issue.state)}</span>
                </td>
                <td>
                  <time dateTime={latestOf(issue)} title={absoluteTime(latestOf(issue))}>
                    {relativeTime(latestOf(issue))}
                  </time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : result.isSuccess ? (
        <p className="empty">No issues.</p>
      ) : null}
      <Pager pages={pages} pagination={result.data?.pagination} label={title} />
    </section>
  );
}
