/**
 * What a hostile client sends can neither break a query nor come back as markup.
 *
 * Schemas check each value's type and range, but two things pass them: a NUL character (valid
 * in a URL as `%00` and in JSON as `\u0000`, yet no PostgreSQL text can hold it, so the query
 * fails) and a number that is not finite (Ajv turns `1e309` or `Infinity` into Infinity and
 * then skips the range check). Both are refused, after validation and before any handler: in
 * the query or body as invalid input, in the path as an address that names nothing. A route
 * added later is covered without having to know.
 *
 * JSON answers may carry back what the client sent (an error naming a bad value, a stored
 * subscription's description). Their `<` and `>` are sent as `\u003c` and `\u003e`, the same
 * JSON, so that no sniffing browser or careless embedder can ever read them as a tag.
 */
import type { FastifyInstance } from 'fastify';
import { NotFoundError, ValidationError } from '../domain/errors.ts';

export function registerInputSafety(app: FastifyInstance): void {
  // Callback style, not async: every request passes both, and a promise each is work for nothing.
  app.addHook('preHandler', (request, _reply, done) => {
    // Path parameters are the address: one the database could not hold names nothing, like any unknown address.
    if (unstorable(request.params, 'the address')) return done(new NotFoundError(`Nothing at ${request.url.split('?')[0]}`));
    const problem = unstorable(request.query, 'the query') ?? unstorable(request.body, 'the body');
    done(problem ? new ValidationError(problem) : undefined);
  });
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (typeof payload !== 'string' || !JSON_TYPE.test(String(reply.getHeader('content-type') ?? ''))) return done(null, payload);
    done(null, escapeJsonMarkup(payload));
  });
}

const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json\b/i;
const MARKUP = /[<>]/g;

/** `json` with `<` and `>` escaped: the same value to any JSON reader, never a tag to an HTML one. */
export function escapeJsonMarkup(json: string): string {
  // Outside strings JSON has no < or >, so every one is inside a string, where \u escapes are the same text.
  return json.replace(MARKUP, (c) => (c === '<' ? '\\u003c' : '\\u003e'));
}

/** What in `value` the database could not be asked about, or null. */
function unstorable(value: unknown, where: string): string | null {
  // Iterative, so a deeply nested JSON body cannot exhaust the stack.
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') {
      if (v.includes('\u0000')) return `${where} contains a NUL character (%00 or \\u0000), which no name, slug or search text has`;
    } else if (typeof v === 'number') {
      if (!Number.isFinite(v)) return `${where} has a number too large to be one`;
    } else if (v !== null && typeof v === 'object') {
      for (const [key, child] of Object.entries(v)) {
        stack.push(key, child);
      }
    }
  }
  return null;
}
