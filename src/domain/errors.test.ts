import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  AppError,
  ConflictError,
  ERROR_CATALOGUE,
  ERROR_CODES,
  ForbiddenError,
  ImportError,
  IncompleteRecordError,
  MethodNotAllowedError,
  NotFoundError,
  RateLimitedError,
  TooLargeError,
  UnauthorisedError,
  UnavailableError,
  UnsupportedMediaTypeError,
  ValidationError,
  fhirIssueTypeOf,
  statusOf,
  type ErrorCode,
} from './errors.ts';

// The FHIR R4 IssueType value set (hl7.org/fhir/R4/valueset-issue-type.html).
const FHIR_ISSUE_TYPES = new Set([
  'invalid', 'structure', 'required', 'value', 'invariant', 'security', 'login', 'unknown', 'expired', 'forbidden',
  'suppressed', 'processing', 'not-supported', 'duplicate', 'multiple-matches', 'not-found', 'deleted', 'too-long',
  'code-invalid', 'extension', 'too-costly', 'business-rule', 'conflict', 'transient', 'lock-error', 'no-store',
  'exception', 'timeout', 'incomplete', 'throttled', 'informational',
]);

test('every code is kebab-case, with an HTTP error status and a FHIR issue type', () => {
  assert.ok(ERROR_CODES.length >= 13);
  for (const code of ERROR_CODES) {
    assert.match(code, /^[a-z]+(?:-[a-z]+)*$/, code);
    const status = statusOf(code);
    assert.ok(Number.isInteger(status) && status >= 400 && status <= 599, `${code} → ${status}`);
    assert.ok(FHIR_ISSUE_TYPES.has(fhirIssueTypeOf(code)), `${code} → ${fhirIssueTypeOf(code)}`);
  }
});

test('client errors are 4xx and only internal and unavailable are 5xx', () => {
  const serverSide = ERROR_CODES.filter((c) => statusOf(c) >= 500).sort();
  assert.deepEqual(serverSide, ['internal', 'unavailable']);
  assert.equal(statusOf('not-found'), 404);
  assert.equal(statusOf('invalid-input'), 400);
  assert.equal(statusOf('too-large'), 413);
  assert.equal(statusOf('unsupported-media-type'), 415);
  assert.equal(statusOf('rate-limited'), 429);
});

test('each class carries its code and the status that follows from it', () => {
  const cases: [AppError, ErrorCode][] = [
    [new ValidationError('bad'), 'invalid-input'],
    [new UnauthorisedError('who?'), 'unauthorised'],
    [new ForbiddenError('no'), 'forbidden'],
    [new NotFoundError('gone'), 'not-found'],
    [new MethodNotAllowedError('GET only'), 'method-not-allowed'],
    [new ConflictError('taken'), 'conflict'],
    [new TooLargeError('big'), 'too-large'],
    [new UnsupportedMediaTypeError('xml'), 'unsupported-media-type'],
    [new ImportError('a.csv', 'empty'), 'import-failed'],
    [new IncompleteRecordError('no name'), 'incomplete-record'],
    [new RateLimitedError('slow down', 30), 'rate-limited'],
    [new UnavailableError('busy'), 'unavailable'],
  ];
  for (const [error, code] of cases) {
    assert.ok(error instanceof AppError && error instanceof Error);
    assert.equal(error.code, code, error.name);
    assert.equal(error.status, ERROR_CATALOGUE[code].status, error.name);
    assert.equal(error.name, error.constructor.name);
  }
  const covered = new Set(cases.map(([, code]) => code));
  // A timeout while reading the request and oversized headers are raised by Node's HTTP server,
  // never by our code, so they have a catalogue entry for the answer but no class.
  assert.deepEqual(ERROR_CODES.filter((c) => !covered.has(c)), ['request-timeout', 'headers-too-large', 'internal'], 'every code our code can raise has a class to throw');
});

test('an import error keeps the file and the reason apart, and names both in its message', () => {
  const cause = new Error('underlying');
  const error = new ImportError('table.xlsx', 'no header row', { cause });
  assert.equal(error.file, 'table.xlsx');
  assert.equal(error.reason, 'no header row');
  assert.equal(error.message, 'table.xlsx: no header row');
  assert.equal(error.cause, cause);
});

test('rate-limited and unavailable errors say when to try again', () => {
  assert.equal(new RateLimitedError('slow down', 30).retryAfter, 30);
  assert.equal(new UnavailableError('busy', 5).retryAfter, 5);
  assert.equal(new UnavailableError('busy').retryAfter, null);
});
