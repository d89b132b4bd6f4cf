/**
 * The console's one way to the server: `/console/api` with the session cookie (sent by the browser) and, on every
 * unsafe call, the session's CSRF token. Errors come back in Helpline's envelope and are thrown as `ApiError`.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

let csrfToken: string | undefined;

/** Kept from sign-in and from `GET /session`; sent as X-CSRF-Token. */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** Called when the server says the session is gone (401): the app goes to sign-in and then back. */
let onSignedOut: () => void = () => {};
export function whenSignedOut(handler: () => void): void {
  onSignedOut = handler;
}

export interface Envelope<T> {
  data: T;
  pagination?: { cursor: string | null; has_next_page: boolean };
}

export async function call<T>(method: string, path: string, body?: unknown): Promise<Envelope<T>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const response = await fetch(`/console/api${path}`, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const json = text ? (JSON.parse(text) as { errors?: (string | { message?: string })[] } & Envelope<T>) : undefined;
  if (!response.ok) {
    const message =
      json?.errors?.map((e) => (typeof e === 'string' ? e : e.message)).join('; ') ||
      `${response.status} ${response.statusText}`;
    if (response.status === 401 && !path.startsWith('/session')) onSignedOut();
    throw new ApiError(response.status, message);
  }
  return json as Envelope<T>;
}

/** The public API, served again for the console under `/console/api/v1`. */
export const api = {
  get: <T>(path: string) => call<T>('GET', `/v1${path}`).then((r) => r.data),
  page: <T>(path: string) => call<T>('GET', `/v1${path}`),
  post: <T>(path: string, body?: unknown) => call<T>('POST', `/v1${path}`, body ?? {}).then((r) => r.data),
  patch: <T>(path: string, body: unknown) => call<T>('PATCH', `/v1${path}`, body).then((r) => r.data),
  delete: <T>(path: string) => call<T>('DELETE', `/v1${path}`).then((r) => r.data),
};

/** The console's own routes (`/console/api/...`): session, inbox, live, unread, settings. */
export const consoleApi = {
  get: <T>(path: string) => call<T>('GET', path).then((r) => r.data),
  page: <T>(path: string) => call<T>('GET', path),
  post: <T>(path: string, body?: unknown) => call<T>('POST', path, body ?? {}).then((r) => r.data),
  put: <T>(path: string, body: unknown) => call<T>('PUT', path, body).then((r) => r.data),
  patch: <T>(path: string, body: unknown) => call<T>('PATCH', path, body).then((r) => r.data),
  delete: <T>(path: string) => call<T>('DELETE', path).then((r) => r.data),
};

export const query = (params: Record<string, string | number | undefined | null>): string => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
};
