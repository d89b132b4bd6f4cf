import type { Selectable } from 'kysely';

/** A snapshot of one workspace's rows, taken by the test controls (TEST_CONTROLS=true). */
export interface TestSnapshotsTable {
  id: string;
  workspace_id: string;
  /** Rows the snapshot holds, over every table. */
  row_count: number;
  /** Gzipped JSON (see `snapshot-codec.ts`). */
  content: Buffer;
  created_at: string;
}

export type TestSnapshotRow = Selectable<TestSnapshotsTable>;

declare module '../../core/store/database.js' {
  interface Database {
    test_snapshots: TestSnapshotsTable;
  }
}
