import { Type } from '@sinclair/typebox';

/** A user as Helpline's own operations answer it: the shape of Pylon's `User`, as `GET /users/{id}` shows it. */
export const USER = Type.Object({
  id: Type.Optional(Type.String()),
  name: Type.Optional(Type.String()),
  email: Type.Optional(Type.String()),
  emails: Type.Optional(Type.Array(Type.String())),
  avatar_url: Type.Optional(Type.String()),
  role_id: Type.Optional(Type.String()),
  role: Type.Optional(
    Type.Object({
      id: Type.Optional(Type.String()),
      name: Type.Optional(Type.String()),
      slug: Type.Optional(Type.String()),
    }),
  ),
  status: Type.Optional(Type.String({ description: '`active` or `deactivated`.' })),
});
