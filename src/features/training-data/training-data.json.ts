import type { ContractSchema } from '../../core/contract/operation-types.js';
import type { TrainingDataDocumentRow, TrainingDataRow } from './training-data.table.js';

/** Containers made through the API hold uploaded files (Pylon's other kinds, such as scraped websites, do not). */
const TYPE = 'file';

function documentJson(d: TrainingDataDocumentRow): ContractSchema<'TrainingDataDocument'> {
  return {
    id: d.id,
    file_name: d.file_name,
    file_type: d.file_type,
    file_size: Number(d.file_size),
    ...(d.external_id !== null ? { external_id: d.external_id } : {}),
  };
}

export function trainingDataJson(
  row: TrainingDataRow,
  documents: readonly TrainingDataDocumentRow[],
): ContractSchema<'TrainingData'> {
  return {
    id: row.id,
    name: row.name,
    type: TYPE,
    visibility: row.visibility,
    exclude_from_kb_search: false,
    documents: documents.map(documentJson),
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}
