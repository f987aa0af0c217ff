/**
 * Every request runs in a scope of its own (`src/db/request-admission.ts`): its database queries
 * are admitted through the portal's queue and answered by its deadline. The scope opens before
 * any other hook and closes when the answer has gone or the client has left, which frees the
 * request's place for the next one waiting. A cached page, a static file or `/healthz` never
 * reaches the database and so never waits.
 */
import type { FastifyInstance } from 'fastify';
import { currentRequestScope, endRequestScope, runInRequestScope, type RequestScope } from '../db/request-admission.ts';

export function registerRequestScope(app: FastifyInstance, options: { queryTimeoutMs: number | null }): void {
  // Kept by the request itself: onResponse runs from the socket's events, outside the scope.
  const scopes = new WeakMap<object, RequestScope>();
  app.addHook('onRequest', (request, reply, done) => {
    runInRequestScope(options.queryTimeoutMs, () => {
      const scope = currentRequestScope();
      if (scope) {
        scopes.set(request.raw, scope);
        // A client that leaves frees the place as an answer does.
        reply.raw.once('close', () => endRequestScope(scope));
      }
      done();
    });
  });
  app.addHook('onResponse', (request, _reply, done) => {
    endRequestScope(scopes.get(request.raw));
    done();
  });
}
