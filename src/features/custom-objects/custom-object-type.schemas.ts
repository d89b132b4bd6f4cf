import { Type } from '@sinclair/typebox';
import { CUSTOM_FIELD_TYPES } from '../custom-fields/custom-field.repository.js';

/**
 * Helpline's own shapes for custom object types: Pylon's API reads and writes records of a type but offers no way
 * to define one. Written once here, they validate, document and type the operations.
 */
const OPTION = Type.Object({
  slug: Type.Optional(Type.String({ description: 'Made from the label when omitted.' })),
  label: Type.Optional(Type.String()),
});

const FIELD_INPUT = Type.Object({
  slug: Type.Optional(
    Type.String({ description: 'The key of the value in `custom_fields`; made from the label when omitted.' }),
  ),
  label: Type.String(),
  type: Type.String({ description: `One of ${CUSTOM_FIELD_TYPES.join(', ')}.` }),
  required: Type.Optional(Type.Boolean({ description: 'Every record must hold a value (default false).' })),
  select_options: Type.Optional(Type.Array(OPTION, { description: 'The options of a select or multiselect field.' })),
});

export const CREATE_CUSTOM_OBJECT_TYPE = Type.Object({
  slug: Type.String({ description: "The `{type}` of the records' paths, e.g. `opportunity`." }),
  name: Type.String(),
  fields: Type.Optional(Type.Array(FIELD_INPUT, { description: 'The fields records hold, besides name and account.' })),
});

export const CUSTOM_OBJECT_TYPE = Type.Object({
  id: Type.String(),
  slug: Type.String(),
  name: Type.String(),
  fields: Type.Array(
    Type.Object({
      slug: Type.String(),
      label: Type.String(),
      type: Type.String(),
      required: Type.Boolean(),
      select_options: Type.Array(Type.Object({ slug: Type.String(), label: Type.String() })),
    }),
  ),
  created_at: Type.String(),
  updated_at: Type.String(),
});
