import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';

/** The events that change what the inbox or an issue's page shows. */
const LIVE_TYPES = [
  'issue.created',
  'issue.updated',
  'issue.deleted',
  'issue.snoozed',
  'issue.snooze_expired',
  'issue.followers_updated',
  'message.created',
  'message.redacted',
  'message.deleted',
  'thread.created',
];

export type LiveState = 'connecting' | 'live' | 'offline';

/**
 * Server-sent events of the workspace (`/console/api/live`): each event marks the inbox, the counts and the issue
 * it names as stale, so whatever is on screen is fetched again. The browser reconnects by itself and resumes after
 * the last event id it saw.
 */
export function useLiveUpdates(): LiveState {
  const client = useQueryClient();
  const [state, setState] = useState<LiveState>('connecting');
  useEffect(() => {
    const source = new EventSource('/console/api/live');
    const refresh = (event: MessageEvent<string>) => {
      let issueId: string | undefined;
      try {
        issueId = (JSON.parse(event.data) as { issue_id?: string }).issue_id;
      } catch {
        issueId = undefined;
      }
      void client.invalidateQueries({ queryKey: ['inbox'] });
      void client.invalidateQueries({ queryKey: ['counts'] });
      void client.invalidateQueries({ queryKey: ['unread'] });
      if (issueId) void client.invalidateQueries({ queryKey: ['issue', issueId] });
    };
    for (const type of LIVE_TYPES) source.addEventListener(type, refresh);
    // More was missed than the server replays: everything on screen is fetched again.
    source.addEventListener('reset', () => void client.invalidateQueries());
    source.onopen = () => setState('live');
    source.onerror = () => setState(source.readyState === EventSource.CLOSED ? 'offline' : 'connecting');
    return () => source.close();
  }, [client]);
  return state;
}
