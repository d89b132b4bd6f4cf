import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ERROR_STATUS, type ErrorCode } from '../errors.js';

/** The error envelope of every 4xx and 5xx answer. */
export interface ErrorBody {
  errors: string[];
  request_id: string;
  exists_id?: string;
}

export function sendError(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ErrorCode,
  message: string,
  existsId?: string,
) {
  const body: ErrorBody = { errors: [message], request_id: request.id };
  if (existsId) body.exists_id = existsId;
  // Set here too: errors raised before routing skip the hooks that set it on every other answer.
  return reply
    .status(ERROR_STATUS[code])
    .header('X-Request-Id', request.id)
    .type('application/json; charset=utf-8')
    .send(body);
}

/** Fastify's own errors (parsing, limits, validation), by their code. */
const FRAMEWORK_ERRORS: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'invalid_request',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_request',
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_request',
  FST_ERR_VALIDATION: 'invalid_request',
};

/** Connection failures of the database driver: the database is down or unreachable, not the request at fault. */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EPIPE']);
const UNREACHABLE_SQLSTATE = /^(08|57P0)/; // connection exceptions; the server shutting down or starting up
const DRIVER_CONNECTION_MESSAGE =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i;

function isDatabaseUnreachable(error: FastifyError): boolean {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (UNREACHABLE.has(code) || UNREACHABLE_SQLSTATE.test(code))) return true;
  return DRIVER_CONNECTION_MESSAGE.test(error.message);
}

export function classify(error: FastifyError): { code: ErrorCode; message: string } {
  if (error.validation) return { code: 'invalid_request', message: error.message };
  if (isDatabaseUnreachable(error)) {
    return { code: 'unavailable', message: 'The database does not answer; retry shortly' };
  }
  const known = error.code ? FRAMEWORK_ERRORS[error.code] : undefined;
  if (known)
    return { code: known, message: known === 'payload_too_large' ? 'The request body is too large' : error.message };
  if (error instanceof SyntaxError || (error.statusCode === 400 && /JSON/i.test(error.message))) {
    return { code: 'invalid_request', message: 'The request body is not valid JSON' };
  }
  if (error.statusCode === 413) return { code: 'payload_too_large', message: 'The request body is too large' };
  if (error.statusCode === 415) return { code: 'unsupported_media_type', message: error.message };
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500)
    return { code: 'invalid_request', message: error.message };
  return { code: 'internal', message: 'Internal error' };
}

/**
 * Errors Fastify raises before a route is found (a malformed URL, a path parameter longer than any id), in the
 * envelope like every other.
 */
export function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH')
    return sendError(request, reply, 'not_found', 'Not found: a path parameter is longer than any id');
  return sendError(request, reply, 'invalid_request', 'The request URL is malformed');
}
