import type { Selectable } from 'kysely';

/** A named container of documents the AI learns from, and who may see what it learned. */
export interface TrainingDataTable {
  id: string;
  workspace_id: string;
  /** Unique in the workspace. */
  name: string;
  /** `everyone`, `user_only` or `ai_agent_only`. */
  visibility: string;
  created_at: string;
  updated_at: string;
}

/** A document of a training data container: its bytes live in the blob store under `blob_key`. */
export interface TrainingDataDocumentsTable {
  id: string;
  workspace_id: string;
  training_data_id: string;
  /** The client's id for the document, unique in its container: uploading it again replaces it. */
  external_id: string | null;
  file_name: string;
  /** Told from the bytes, never taken from the client. */
  file_type: string;
  file_size: number;
  blob_key: string;
  created_at: string;
}

export type TrainingDataRow = Selectable<TrainingDataTable>;
export type TrainingDataDocumentRow = Selectable<TrainingDataDocumentsTable>;

declare module '../../core/store/database.js' {
  interface Database {
    training_data: TrainingDataTable;
    training_data_documents: TrainingDataDocumentsTable;
  }
}
