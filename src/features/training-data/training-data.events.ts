/** Events about training data: containers made, documents added or replaced, documents removed (ids only). */
export const EVENT_TYPES = [
  'training_data.created',
  'training_data.documents_uploaded',
  'training_data.documents_deleted',
] as const;

declare module '../events/event-catalog.js' {
  interface EventPayloads {
    'training_data.created': { training_data: { id: string; name: string; visibility: string } };
    'training_data.documents_uploaded': {
      training_data_id: string;
      documents: { id: string; external_id: string | null; file_name: string; file_type: string; file_size: number }[];
    };
    'training_data.documents_deleted': { training_data_id: string; document_ids: string[] };
  }
}
