export interface AttachmentsTable {
  id: string;
  workspace_id: string;
  message_id: string | null;
  /** Set on an account's files (`POST /accounts/{id}/files`). */
  account_id: string | null;
  filename: string;
  content_type: string;
  size: number;
  /** The bytes of an inbound email's attachment; empty when they are in the blob store (`blob_key`). */
  content: Buffer;
  /** Where an uploaded file's bytes are in the blob store. */
  blob_key: string | null;
  description: string | null;
  created_at: string;
}

declare module '../../core/store/database.js' {
  interface Database {
    attachments: AttachmentsTable;
  }
}
