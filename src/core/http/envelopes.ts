import { Type, type TSchema } from '@sinclair/typebox';

/** Pylon's envelopes, for Helpline's own operations: written once, they validate, document and type alike. */
const PAGINATION = Type.Object({ cursor: Type.String(), has_next_page: Type.Boolean() });

/** `{ data, request_id }`. */
export const one = <T extends TSchema>(data: T) => Type.Object({ data, request_id: Type.String() });

/** `{ data: [...], pagination, request_id }`. */
export const list = <T extends TSchema>(item: T) =>
  Type.Object({ data: Type.Array(item), pagination: PAGINATION, request_id: Type.String() });
