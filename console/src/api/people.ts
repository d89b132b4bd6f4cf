import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { Tag, Team, User } from './types';

/** The workspace's users, teams and tags: the choices of the filters and of an issue's controls. */
export const useUsers = () =>
  useQuery({ queryKey: ['users'], staleTime: 60_000, queryFn: () => api.get<User[]>('/users') });
export const useTeams = () =>
  useQuery({ queryKey: ['teams'], staleTime: 60_000, queryFn: () => api.get<Team[]>('/teams') });
export const useTags = () =>
  useQuery({ queryKey: ['tags'], staleTime: 60_000, queryFn: () => api.get<Tag[]>('/tags') });

export const ISSUE_STATES = [
  { value: 'new', label: 'New' },
  { value: 'waiting_on_you', label: 'Waiting on you' },
  { value: 'waiting_on_customer', label: 'Waiting on customer' },
  { value: 'on_hold', label: 'On hold' },
  { value: 'closed', label: 'Closed' },
] as const;

export const stateLabel = (state: string): string =>
  ISSUE_STATES.find((s) => s.value === state)?.label ?? state.replace(/_/g, ' ');

export const personName = (person: { name?: string; email?: string } | null | undefined): string =>
  person ? person.name || person.email || 'Unknown' : '—';

const RELATIVE = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
const ABSOLUTE = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export const absoluteTime = (iso: string): string => ABSOLUTE.format(new Date(iso));

/** "5 minutes ago", "yesterday", or the date for older times. */
export function relativeTime(iso: string, now = Date.now()): string {
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 45) return 'just now';
  if (abs < 3600) return RELATIVE.format(Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return RELATIVE.format(Math.round(seconds / 3600), 'hour');
  if (abs < 7 * 86_400) return RELATIVE.format(Math.round(seconds / 86_400), 'day');
  return absoluteTime(iso);
}
