export interface AttachmentsTable {
  id: string;
  workspace_id: string;
  message_id: string | null;
  filename: string;
  content_type: string;
  size: number;
  content: Buffer;
  created_at: string;
}

declare module '../../core/store/database.js' {
  interface Database {
    attachments: AttachmentsTable;
  }
}
