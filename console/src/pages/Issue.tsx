import { useEffect } from 'react';
import { useParams } from 'wouter';
import { consoleApi } from '../api/client';
import { stateLabel } from '../api/people';
import { ErrorText } from '../components/Field';
import { Composer } from './issue/Composer';
import { Conversation } from './issue/Conversation';
import { IssueControls } from './issue/IssueControls';
import { SidePanel } from './issue/SidePanel';
import { useIssue, useMessages, useThreads } from './issue/issue-data';
import { useQueryClient } from '@tanstack/react-query';

/** One issue: the conversation, the composer, its controls and, beside them, who asked. */
export function IssuePage() {
  const { id } = useParams<{ id: string }>();
  const issue = useIssue(id);
  const messages = useMessages(id);
  const threads = useThreads(id);
  const client = useQueryClient();
  const latest = issue.data?.latest_message_time;
  useEffect(() => {
    if (!latest) return;
    void consoleApi
      .post(`/issues/${id}/read`)
      .then(() => client.invalidateQueries({ queryKey: ['unread'] }))
      .catch(() => undefined);
  }, [id, latest, client]);
  if (issue.isPending) return <p className="loading">Loading…</p>;
  if (issue.isError) return <ErrorText error={issue.error} />;
  const data = issue.data;
  return (
    <div className="issue-page">
      <section className="issue-main" aria-labelledby="issue-title">
        <header className="issue-header">
          <h1 id="issue-title">
            {data.title || '(no title)'} <span className="muted">#{data.number}</span>
          </h1>
          <span className={`state state-${data.state}`}>{stateLabel(data.state)}</span>
        </header>
        <IssueControls issue={data} />
        <ErrorText error={messages.error} />
        <Conversation issueId={id} messages={messages.data ?? []} threads={threads.data ?? []} />
        <Composer issue={data} messages={messages.data ?? []} threads={threads.data ?? []} />
      </section>
      <SidePanel issue={data} />
    </div>
  );
}
