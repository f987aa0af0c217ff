/**
 * The application's error hierarchy. Each error carries a stable `code` (part of the API
 * contract: clients may switch on it) and the HTTP status it maps to. One handler in
 * `src/http/error-handler.ts` turns them into an HTML page, JSON, or a FHIR OperationOutcome.
 */
export class AppError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
    this.status = status;
    this.code = code;
  }
}

export class NotFoundError extends AppError {
  constructor(message: string) {
    super(404, 'not_found', message);
  }
}

export class ValidationError extends AppError {
  constructor(message: string) {
    super(400, 'invalid_request', message);
  }
}

/** Input that cannot be imported: names the file (and line or field) and what is wrong. */
export class ImportError extends AppError {
  readonly file: string;
  /** What is wrong, without the file name (a batch summary names the file already). */
  readonly reason: string;
  constructor(file: string, reason: string, options?: ErrorOptions) {
    super(422, 'import_failed', `${file}: ${reason}`, options);
    this.file = file;
    this.reason = reason;
  }
}
