import type { Selectable } from 'kysely';

export interface ThreadsTable {
  id: string;
  workspace_id: string;
  issue_id: string;
  name: string;
  source: string;
  channel_id: string | null;
  external_thread_id: string | null;
  /** 1 for the issue's default internal thread, null otherwise (unique per issue). */
  is_default: number | null;
  created_at: string;
}

export type ThreadRow = Selectable<ThreadsTable>;

declare module '../../core/store/database.js' {
  interface Database {
    threads: ThreadsTable;
  }
}
