/** Where sign-in leads back to: the page the browser asked for. */
export const signInPath = (next: string): string => `/sign-in?next=${encodeURIComponent(next)}`;

/** Only paths of this site: `next` never leads the browser to another site after sign-in. */
export const safeNext = (next: string | null): string =>
  next && /^\/(?![/\\])/.test(next) && !next.startsWith('/sign-in') ? next : '/inbox/unassigned';
