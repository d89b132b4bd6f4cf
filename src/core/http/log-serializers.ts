import type { FastifyRequest } from 'fastify';

/** Query parameters whose values are credentials or signatures: a client may put a token in the URL by mistake. */
const SECRET_PARAMETER = /token|key|secret|password|passwd|auth|signature|sig|session|code/i;

/** A URL as it may be logged: the values of credential-like query parameters replaced by `[hidden]`. */
export function loggableUrl(url: string): string {
  const query = url.indexOf('?');
  if (query < 0) return url;
  const params = new URLSearchParams(url.slice(query + 1));
  for (const [name] of params) if (SECRET_PARAMETER.test(name)) params.set(name, '[hidden]');
  return `${url.slice(0, query)}?${params.toString().replace(/%5Bhidden%5D/g, '[hidden]')}`;
}

/** What the request log line says of a request (Fastify's fields), never a credential from its URL. */
export function serializeRequest(request: FastifyRequest) {
  return {
    method: request.method,
    url: loggableUrl(request.url),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}
