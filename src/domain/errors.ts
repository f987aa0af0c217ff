/**
 * The application's error catalogue. Each error carries a stable `code` (part of the API
 * contract: clients may switch on it) and the HTTP status follows from the code, so the two
 * cannot disagree. One handler in `src/http/error-handler.ts` turns them (and the framework's
 * own errors, mapped onto these codes) into an HTML page, JSON, or a FHIR OperationOutcome.
 */

/** The FHIR IssueType values (hl7.org/fhir/valueset-issue-type) the catalogue maps onto. */
export type FhirIssueType =
  | 'invalid'
  | 'required'
  | 'login'
  | 'forbidden'
  | 'not-found'
  | 'not-supported'
  | 'conflict'
  | 'too-long'
  | 'processing'
  | 'throttled'
  | 'timeout'
  | 'transient'
  | 'exception';

/**
 * Every code a client can see, with its HTTP status and the FHIR issue type an OperationOutcome
 * gives it. Codes are kebab-case, like FHIR's own; adding a code means adding a row here.
 */
export const ERROR_CATALOGUE = {
  /** The request itself is wrong: a bad parameter, body, or JSON. */
  'invalid-input': { status: 400, fhir: 'invalid' },
  /** No credentials, or ones we do not accept. */
  unauthorised: { status: 401, fhir: 'login' },
  /** Credentials we accept, for something they may not do. */
  forbidden: { status: 403, fhir: 'forbidden' },
  'not-found': { status: 404, fhir: 'not-found' },
  'method-not-allowed': { status: 405, fhir: 'not-supported' },
  /** The client took too long to send its request; the connection is closed. */
  'request-timeout': { status: 408, fhir: 'timeout' },
  /** The request clashes with the current state (e.g. a slug that belongs to another medicine). */
  conflict: { status: 409, fhir: 'conflict' },
  'too-large': { status: 413, fhir: 'too-long' },
  'unsupported-media-type': { status: 415, fhir: 'not-supported' },
  /** Input that cannot be imported; the message names the file and what is wrong. */
  'import-failed': { status: 422, fhir: 'processing' },
  /** A source that would create a medicine without the fields every medicine needs. */
  'incomplete-record': { status: 422, fhir: 'required' },
  /** Too many requests; `Retry-After` says when to try again. */
  'rate-limited': { status: 429, fhir: 'throttled' },
  /** The request's headers (cookies included) are larger than the server reads. */
  'headers-too-large': { status: 431, fhir: 'too-long' },
  /** Anything unexpected: logged with its stack, shown only as a generic message. */
  internal: { status: 500, fhir: 'exception' },
  /** Temporarily unable to answer; `Retry-After` says when to try again when we know. */
  unavailable: { status: 503, fhir: 'transient' },
} as const satisfies Record<string, { status: number; fhir: FhirIssueType }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

export const ERROR_CODES = Object.keys(ERROR_CATALOGUE) as ErrorCode[];

export function statusOf(code: ErrorCode): number {
  return ERROR_CATALOGUE[code].status;
}

export function fhirIssueTypeOf(code: ErrorCode): FhirIssueType {
  return ERROR_CATALOGUE[code].fhir;
}

/** The base of every error the application throws on purpose; throw one of its families. */
export abstract class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  constructor(code: ErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
    this.status = statusOf(code);
  }
}

export class ValidationError extends AppError {
  constructor(message: string, options?: ErrorOptions) {
    super('invalid-input', message, options);
  }
}

export class UnauthorisedError extends AppError {
  constructor(message: string) {
    super('unauthorised', message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message: string) {
    super('forbidden', message);
  }
}

export class NotFoundError extends AppError {
  constructor(message: string) {
    super('not-found', message);
  }
}

export class MethodNotAllowedError extends AppError {
  constructor(message: string) {
    super('method-not-allowed', message);
  }
}

export class ConflictError extends AppError {
  constructor(message: string) {
    super('conflict', message);
  }
}

export class TooLargeError extends AppError {
  constructor(message: string) {
    super('too-large', message);
  }
}

export class UnsupportedMediaTypeError extends AppError {
  constructor(message: string) {
    super('unsupported-media-type', message);
  }
}

/** Input that cannot be imported: names the file (and line or field) and what is wrong. */
export class ImportError extends AppError {
  readonly file: string;
  /** What is wrong, without the file name (a batch summary names the file already). */
  readonly reason: string;
  constructor(file: string, reason: string, options?: ErrorOptions) {
    super('import-failed', `${file}: ${reason}`, options);
    this.file = file;
    this.reason = reason;
  }
}

export class IncompleteRecordError extends AppError {
  constructor(message: string) {
    super('incomplete-record', message);
  }
}

export class RateLimitedError extends AppError {
  /** Seconds until a retry may succeed, sent as `Retry-After`. */
  readonly retryAfter: number;
  constructor(message: string, retryAfter: number) {
    super('rate-limited', message);
    this.retryAfter = retryAfter;
  }
}

export class UnavailableError extends AppError {
  /** Seconds until a retry may succeed, sent as `Retry-After`; null when nobody knows. */
  readonly retryAfter: number | null;
  constructor(message: string, retryAfter: number | null = null, options?: ErrorOptions) {
    super('unavailable', message, options);
    this.retryAfter = retryAfter;
  }
}
