/**
 * The one error handler. People get an HTML page in the language of the URL they asked for;
 * the API gets `{status, code, message}`; FHIR clients get an OperationOutcome. Unexpected
 * errors are logged with their stack and shown only as a generic message.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../domain/errors.ts';
import { isLanguageCode, type LanguageCode } from '../domain/languages.ts';
import { createPageContext } from '../i18n/i18n.ts';
import { errorPage } from './error-page.template.ts';
import { layout } from './layout.ts';

interface Problem {
  status: number;
  code: string;
  message: string;
}

function toProblem(error: unknown): Problem {
  if (error instanceof AppError) return { status: error.status, code: error.code, message: error.message };
  const fe = error as Partial<FastifyError>;
  if (fe.validation) return { status: 400, code: 'invalid_request', message: fe.message ?? 'invalid request' };
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    return { status: fe.statusCode, code: (fe.code ?? 'bad_request').toLowerCase(), message: fe.message ?? 'bad request' };
  }
  return { status: 500, code: 'internal_error', message: 'Something went wrong on our side. The error has been logged.' };
}

function languageOf(url: string): LanguageCode {
  const first = url.split('/')[1] ?? '';
  return isLanguageCode(first) ? first : 'en';
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: Problem): FastifyReply {
  reply.code(problem.status);
  const url = request.url;
  if (url.startsWith('/api/')) {
    return reply.type('application/json; charset=utf-8').send(problem);
  }
  if (url.startsWith('/fhir/')) {
    return reply.type('application/fhir+json; charset=utf-8').send({
      resourceType: 'OperationOutcome',
      issue: [{ severity: 'error', code: problem.status === 404 ? 'not-found' : problem.status < 500 ? 'invalid' : 'exception', diagnostics: problem.message }],
    });
  }
  const ctx = createPageContext(languageOf(url), '/');
  const text = problem.status === 404 ? ctx.t.errors.notFound : problem.status < 500 ? ctx.t.errors.badRequest : ctx.t.errors.serverError;
  const title = text.title;
  // A 4xx message says what was wrong with the request, which helps the reader more than a generic line.
  const message = problem.status < 500 && problem.status !== 404 ? problem.message : text.message;
  return reply.type('text/html; charset=utf-8').send(layout(ctx, { title, main: errorPage(ctx, { status: problem.status, title, message }) }));
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const problem = toProblem(error);
    if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
    return sendProblem(request, reply, problem);
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(request, reply, { status: 404, code: 'not_found', message: `Nothing at ${request.url.split('?')[0]}` }),
  );
}
