import type { Selectable } from 'kysely';

/** A user's console password: scrypt, in the form `password.ts` writes. A user without a row cannot sign in. */
export interface UserPasswordsTable {
  user_id: string;
  password_hash: string;
  updated_at: string;
}

/** A signed-in browser. Only the SHA-256 of the cookie's secret is kept; the CSRF token is shown to the session. */
export interface ConsoleSessionsTable {
  id: string;
  token_hash: string;
  workspace_id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  /** The absolute end of the session, whatever its use. */
  expires_at: string;
  /** Written at most once a minute; the session ends when it is older than the idle lifetime. */
  last_seen_at: string;
}

export type PasswordLinkPurpose = 'invite' | 'set_password';

/** A one-time link that sets a user's password; only the SHA-256 of its token is kept. */
export interface PasswordLinksTable {
  id: string;
  token_hash: string;
  workspace_id: string;
  user_id: string;
  purpose: PasswordLinkPurpose;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

/** A failed (or in-flight) sign-in, by the email it named (lower case) and the address it came from. */
export interface SignInFailuresTable {
  id: string;
  email: string;
  remote_address: string;
  failed_at: string;
}

export type ConsoleSessionRow = Selectable<ConsoleSessionsTable>;
export type PasswordLinkRow = Selectable<PasswordLinksTable>;

declare module '../../core/store/database.js' {
  interface Database {
    user_passwords: UserPasswordsTable;
    console_sessions: ConsoleSessionsTable;
    password_links: PasswordLinksTable;
    sign_in_failures: SignInFailuresTable;
  }
}
