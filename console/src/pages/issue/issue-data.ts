import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Issue, Message, Thread } from '../../api/types';

/** Every query of one issue's page sits under ['issue', id], so a live event for the issue refreshes them all. */
export const issueKey = (id: string, ...rest: string[]) => ['issue', id, ...rest];

export const useIssue = (id: string) =>
  useQuery({ queryKey: issueKey(id), queryFn: () => api.get<Issue>(`/issues/${id}`) });

/** The whole conversation, page after page (a conversation of thousands of messages is rare, not impossible). */
export const useMessages = (id: string) =>
  useQuery({
    queryKey: issueKey(id, 'messages'),
    queryFn: async () => {
      const messages: Message[] = [];
      let cursor: string | null | undefined;
      for (let pages = 0; pages < 40; pages++) {
        const page = await api.page<Message[]>(
          `/issues/${id}/messages?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        );
        messages.push(...page.data);
        cursor = page.pagination?.cursor;
        if (!page.pagination?.has_next_page || !cursor) break;
      }
      return messages;
    },
  });

export const useThreads = (id: string) =>
  useQuery({ queryKey: issueKey(id, 'threads'), queryFn: () => api.get<Thread[]>(`/issues/${id}/threads`) });

/** After a change the issue's queries and the inbox are fetched again (the live feed would too, a moment later). */
export function useRefreshIssue(id: string) {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: issueKey(id) });
    void client.invalidateQueries({ queryKey: ['inbox'] });
    void client.invalidateQueries({ queryKey: ['counts'] });
  };
}
