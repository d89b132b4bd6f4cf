import { Type } from '@sinclair/typebox';
import { MAX_PASSWORD_LENGTH } from './password.js';

/** The agent console's own requests (a separate surface from the public API, so not in its OpenAPI document). */
export const SIGN_IN = Type.Object({
  email: Type.String({ minLength: 1, maxLength: 320 }),
  password: Type.String({ minLength: 1, maxLength: MAX_PASSWORD_LENGTH }),
  /** Needed only when the email signs in to several workspaces with this password. */
  workspace_id: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
});

export const SET_PASSWORD = Type.Object({
  token: Type.String({ minLength: 1, maxLength: 200 }),
  password: Type.String({ minLength: 1, maxLength: MAX_PASSWORD_LENGTH }),
});

export const INVITE = Type.Object({
  email: Type.String({ minLength: 1, maxLength: 320 }),
  name: Type.Optional(Type.String({ maxLength: 200 })),
  role: Type.Optional(Type.Union([Type.Literal('member'), Type.Literal('admin')])),
});
