import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, call, setCsrfToken } from './client';
import type { Session } from './types';

export const SESSION_KEY = ['session'];

/** The signed-in user, or null when signed out. Keeps the CSRF token for the calls that change something. */
export function useSession() {
  return useQuery({
    queryKey: SESSION_KEY,
    staleTime: 60_000,
    queryFn: async (): Promise<Session | null> => {
      try {
        const session = (await call<Session>('GET', '/session')).data;
        setCsrfToken(session.csrf_token);
        return session;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
  });
}

export function useSignedInSession(): Session {
  const { data } = useSession();
  if (!data) throw new Error('useSignedInSession outside the signed-in app');
  return data;
}

export function useSessionUpdate() {
  const client = useQueryClient();
  return (session: Session | null) => {
    setCsrfToken(session?.csrf_token);
    if (session === null) client.clear();
    client.setQueryData(SESSION_KEY, session);
  };
}

export const isAdmin = (session: Session): boolean => session.user.role_id === 'admin';
