/**
 * The one error handler. People get an HTML page in the language of the URL they asked for;
 * the API gets `{status, code, message}`; FHIR clients get an OperationOutcome. Every answer
 * carries a code from the catalogue in `src/domain/errors.ts`: the framework's own errors are
 * mapped onto it, so none of Fastify's codes reaches a client. Unexpected errors are logged
 * with their stack and shown only as a generic message.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, fhirIssueTypeOf, RateLimitedError, statusOf, UnavailableError, type ErrorCode } from '../domain/errors.ts';
import { isLanguageCode, type LanguageCode } from '../domain/languages.ts';
import { createPageContext } from '../i18n/i18n.ts';
import { errorPage } from './error-page.template.ts';
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
  409: 'conflict',
  413: 'too-large',
  415: 'unsupported-media-type',
  429: 'rate-limited',
};

function toProblem(error: unknown): Problem {
  if (error instanceof AppError) {
    const retryAfter = error instanceof RateLimitedError || error instanceof UnavailableError ? error.retryAfter : null;
    return { code: error.code, message: error.message, retryAfter };
  }
  const fe = error as Partial<FastifyError>;
  const known = typeof fe.code === 'string' ? FRAMEWORK_CODES[fe.code] : undefined;
  const status = typeof fe.statusCode === 'number' ? fe.statusCode : 500;
  const code = known ?? (fe.validation ? 'invalid-input' : status >= 400 && status < 500 ? (CLIENT_ERROR_CODES[status] ?? 'invalid-input') : 'internal');
  // A client error's message says what was wrong with the request; a server error's details
  // are for the log, not the client.
  if (statusOf(code) >= 500) return { code, message: SERVER_MESSAGES[code] ?? INTERNAL_MESSAGE };
  return { code, message: fe.message || 'The request cannot be handled as sent.' };
}

function languageOf(url: string): LanguageCode {
  const first = url.split('/')[1] ?? '';
  return isLanguageCode(first) ? first : 'en';
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: Problem): FastifyReply {
  const status = statusOf(problem.code);
  reply.code(status);
  if (problem.retryAfter != null) reply.header('retry-after', String(Math.max(0, Math.ceil(problem.retryAfter))));
  const url = request.url;
  if (url.startsWith('/api/')) {
    return reply.type('application/json; charset=utf-8').send({ status, code: problem.code, message: problem.message });
  }
  if (url.startsWith('/fhir/')) {
    return reply.type('application/fhir+json; charset=utf-8').send({
      resourceType: 'OperationOutcome',
      issue: [{ severity: 'error', code: fhirIssueTypeOf(problem.code), diagnostics: problem.message }],
    });
  }
  const ctx = createPageContext(languageOf(url), '/');
  const text = status === 404 ? ctx.t.errors.notFound : status < 500 ? ctx.t.errors.badRequest : ctx.t.errors.serverError;
  const title = text.title;
  // A 4xx message says what was wrong with the request, which helps the reader more than a generic line.
  const message = status < 500 && status !== 404 ? problem.message : text.message;
  return reply.type('text/html; charset=utf-8').send(layout(ctx, { title, main: errorPage(ctx, { status, title, message }) }));
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
    const problem = toProblem(error);
    if (problem.code === 'not-found' && (await moved(request, reply))) return reply;
    if (statusOf(problem.code) >= 500) request.log.error({ err: error }, 'request failed');
    return sendProblem(request, reply, problem);
  });
  app.setNotFoundHandler(async (request, reply) => {
    if (await moved(request, reply)) return reply;
    return sendProblem(request, reply, { code: 'not-found', message: `Nothing at ${request.url.split('?')[0]}` });
  });
}
