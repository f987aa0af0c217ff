/**
 * The one error handler. People get an HTML page in the language of the URL they asked for;
 * the API gets `{status, code, message}`; FHIR clients get an OperationOutcome. Every answer
 * carries a code from the catalogue in `src/domain/errors.ts`: the framework's own errors are
 * mapped onto it, so none of Fastify's codes reaches a client. Unexpected errors are logged
 * with their stack and shown only as a generic message.
 */
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import { AppError, fhirIssueTypeOf, RateLimitedError, statusOf, UnavailableError, type ErrorCode } from '../domain/errors.ts';
import { isLanguageCode, type LanguageCode } from '../domain/languages.ts';
import { createPageContext } from '../i18n/i18n.ts';
import { negotiateLanguage } from '../i18n/negotiate.ts';
import { errorPage, searchWordsOf } from './error-page.template.ts';
import { openDataCatalogue } from '../i18n/catalogues/open-data/index.ts';
import { escapeJsonMarkup } from './input-safety.ts';
import { layout } from './layout.ts';
import { movedMedicineAddress, sendRedirect, type SlugResolver } from './redirects.ts';

export interface Problem {
  code: ErrorCode;
  message: string;
  /** Seconds, sent as `Retry-After`. */
  retryAfter?: number | null;
}

const INTERNAL_MESSAGE = 'Something went wrong on our side. The error has been logged.';
const SERVER_MESSAGES: Readonly<Partial<Record<ErrorCode, string>>> = {
  internal: INTERNAL_MESSAGE,
  unavailable: 'The service is busy; try again shortly.',
};

// Fastify's codes whose status alone would not say which of ours they are.
const FRAMEWORK_CODES: Readonly<Record<string, ErrorCode>> = {
  FST_ERR_VALIDATION: 'invalid-input',
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid-input',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid-input',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'invalid-input',
  FST_ERR_CTP_BODY_TOO_LARGE: 'too-large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported-media-type',
  FST_ERR_NOT_FOUND: 'not-found',
  // A handler that ran out of time is the server being busy, not a bug to hide.
  FST_ERR_HANDLER_TIMEOUT: 'unavailable',
};

// Any other client error (Fastify's or a plugin's, such as @fastify/static) by its status;
// a 4xx not listed is the request's fault all the same.
const CLIENT_ERROR_CODES: Readonly<Record<number, ErrorCode>> = {
  401: 'unauthorised',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  408: 'request-timeout',
  409: 'conflict',
  413: 'too-large',
  415: 'unsupported-media-type',
  429: 'rate-limited',
  431: 'headers-too-large',
};

/** PostgreSQL's SQLSTATE for a statement cancelled, here by `statement_timeout`. */
const QUERY_CANCELED = '57014';

const notFound = (url: string): Problem => ({ code: 'not-found', message: `Nothing at ${url.split('?')[0]}` });

function toProblem(error: unknown, url: string): Problem {
  // Path parameters are part of the address: one that fails its schema (`/favicon.ico` read as
  // a language, a revision number that is not a number) names nothing here, like any unknown path.
  if ((error as Partial<FastifyError>).validationContext === 'params') return notFound(url);
  if (error instanceof AppError) {
    const retryAfter = error instanceof RateLimitedError || error instanceof UnavailableError ? error.retryAfter : null;
    return { code: error.code, message: error.message, retryAfter };
  }
  const fe = error as Partial<FastifyError>;
  // PostgreSQL cancelled a statement that ran past the portal's time limit: busy, not broken.
  if (fe.code === QUERY_CANCELED) return { code: 'unavailable', message: SERVER_MESSAGES.unavailable ?? INTERNAL_MESSAGE, retryAfter: 5 };
  const known = typeof fe.code === 'string' ? FRAMEWORK_CODES[fe.code] : undefined;
  const status = typeof fe.statusCode === 'number' ? fe.statusCode : 500;
  const code = known ?? (fe.validation ? 'invalid-input' : status >= 400 && status < 500 ? (CLIENT_ERROR_CODES[status] ?? 'invalid-input') : 'internal');
  // A client error's message says what was wrong with the request; a server error's details
  // are for the log, not the client.
  if (statusOf(code) >= 500) return { code, message: SERVER_MESSAGES[code] ?? INTERNAL_MESSAGE };
  return { code, message: fe.message || 'The request cannot be handled as sent.' };
}

/** The URL's language prefix; for an address without one, the reader's language. */
function languageOf(url: string, acceptLanguage: string | undefined): LanguageCode {
  const first = url.split(/[/?]/)[1] ?? '';
  return isLanguageCode(first) ? first : negotiateLanguage(acceptLanguage);
}

export interface RenderedProblem {
  status: number;
  type: string;
  body: string;
}

/** A problem's answer to a request for `url`: JSON for the API, an OperationOutcome for FHIR, a page otherwise. */
export function renderProblem(url: string, problem: Problem, acceptLanguage?: string): RenderedProblem {
  const status = statusOf(problem.code);
  // Messages may quote what the client sent: JSON keeps it from ever reading as a tag.
  const json = (value: unknown) => escapeJsonMarkup(JSON.stringify(value));
  if (url.startsWith('/api/')) {
    return { status, type: 'application/json; charset=utf-8', body: json({ status, code: problem.code, message: problem.message }) };
  }
  if (/^\/fhir(?:[/?]|$)/.test(url)) {
    return {
      status,
      type: 'application/fhir+json; charset=utf-8',
      body: json({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: fhirIssueTypeOf(problem.code), diagnostics: problem.message }] }),
    };
  }
  const ctx = createPageContext(languageOf(url, acceptLanguage), '/');
  const text = status === 404 ? ctx.t.errors.notFound : status < 500 ? ctx.t.errors.badRequest : ctx.t.errors.serverError;
  const title = text.title;
  // A 4xx message says what was wrong with the request, which helps the reader more than a generic line.
  const message = status < 500 && status !== 404 ? problem.message : text.message;
  const searchWords = status === 404 ? searchWordsOf(url) : '';
  const description = status === 404 ? openDataCatalogue.get(ctx.lang).descriptions.notFound : undefined;
  return {
    status,
    type: 'text/html; charset=utf-8',
    body: layout(ctx, { title, description, alternates: false, main: errorPage(ctx, { status, title, message, searchWords }) }),
  };
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: Problem): FastifyReply {
  const { status, type, body } = renderProblem(request.url, problem, request.headers['accept-language']);
  reply.code(status);
  // A page for an address without a language is in the reader's language.
  if (type.startsWith('text/html') && !isLanguageCode(request.url.split(/[/?]/)[1] ?? '')) reply.header('vary', 'Accept-Language');
  if (problem.retryAfter != null) reply.header('retry-after', String(Math.max(0, Math.ceil(problem.retryAfter))));
  return reply.type(type).send(body);
}

export interface ErrorHandlingOptions {
  /** Where a medicine that is not found under a slug moved to (an old slug, other letter case). */
  resolveSlug?: SlugResolver;
}

export function registerErrorHandling(app: FastifyInstance, options: ErrorHandlingOptions = {}): void {
  const { resolveSlug } = options;
  const moved = async (request: FastifyRequest, reply: FastifyReply): Promise<boolean> => {
    if (!resolveSlug) return false;
    const location = await movedMedicineAddress(request, resolveSlug).catch(() => null);
    if (!location) return false;
    sendRedirect(reply, 301, location);
    return true;
  };
  app.setErrorHandler(async (error, request, reply) => {
    const problem = toProblem(error, request.url);
    if (problem.code === 'not-found' && (await moved(request, reply))) return reply;
    // A busy database sheds requests by the hundred under a crowd: a line each, without a stack
    // (which costs time to write when there is none to spare), and not as a failure.
    if (problem.code === 'unavailable') request.log.warn({ reason: (error as Error).message }, 'request answered 503: busy');
    else if (statusOf(problem.code) >= 500) request.log.error({ err: error }, 'request failed');
    return sendProblem(request, reply, problem);
  });
  app.setNotFoundHandler(async (request, reply) => {
    if (await moved(request, reply)) return reply;
    return sendProblem(request, reply, notFound(request.url));
  });
}

/**
 * Fastify's options for the errors it meets before any route or hook runs, so those answers
 * keep the catalogue's form too: `frameworkErrors` for addresses the router cannot read (bad
 * percent-encoding, a segment over the router's length limit), `clientErrorHandler` for
 * requests Node's HTTP parser refuses (malformed, headers too large, sent too slowly).
 */
export function frameworkErrorHandlers(): Pick<FastifyServerOptions, 'frameworkErrors' | 'clientErrorHandler'> {
  return {
    frameworkErrors(error, request, reply) {
      const problem: Problem =
        error.code === 'FST_ERR_BAD_URL' ? { code: 'invalid-input', message: 'The address has a %-escape that is not UTF-8 text.' }
        : error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? notFound(request.url)
        : toProblem(error, request.url);
      if (statusOf(problem.code) >= 500) request.log.error({ err: error }, 'request failed');
      void sendProblem(request, reply, problem);
    },
    clientErrorHandler(error, socket) {
      answerUnreadableRequest(error, socket);
    },
  };
}

const PARSER_PROBLEMS: Readonly<Record<string, Problem>> = {
  ERR_HTTP_REQUEST_TIMEOUT: { code: 'request-timeout', message: 'The request was not received in time.' },
  HPE_HEADER_OVERFLOW: { code: 'headers-too-large', message: 'The request headers are larger than this server reads.' },
};

function answerUnreadableRequest(error: Error & { code?: string; rawPacket?: unknown }, socket: Socket): void {
  // A reset connection has nobody left to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const problem = PARSER_PROBLEMS[error.code ?? ''] ?? { code: 'invalid-input', message: 'The request is not well-formed HTTP.' };
  // Only the request line tells an API call from a page, when the parser got that far.
  // (Node hands over the bytes read as a Buffer, whatever Fastify's types say.)
  const raw = Buffer.isBuffer(error.rawPacket) ? error.rawPacket.toString('latin1', 0, 4096) : '';
  const target = /^[A-Z]+ (\/\S*)/.exec(raw)?.[1] ?? '/';
  const { status, type, body } = renderProblem(target, problem);
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\nContent-Type: ${type}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `X-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
