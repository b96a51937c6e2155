/**
 * Why a dataset file could not be used. Every message names the file and says what went
 * wrong (network, HTTP status, not JSON, or the first schema issues), because the person
 * reading it is usually the one who ran the prebuild and can fix it.
 */
export class DataError extends Error {
  readonly file: string;
  /** The HTTP status when the server answered with one, else null. */
  readonly status: number | null;

  constructor(file: string, message: string, status: number | null = null) {
    super(message);
    this.name = 'DataError';
    this.file = file;
    this.status = status;
  }
}

/** The server has no such file: for an incident, no incident with that id. Retrying cannot help. */
export class DataNotFoundError extends DataError {
  /** How the absence showed: "HTTP 404", or a web page served in the file's place. */
  readonly detail: string;

  constructor(file: string, detail = 'HTTP 404', status: number | null = 404) {
    super(file, `${file} was not found (${detail})`, status);
    this.name = 'DataNotFoundError';
    this.detail = detail;
  }
}

/** The file arrived but is not what the schema says; the same bytes will fail again. */
export class DataValidationError extends DataError {
  constructor(file: string, detail: string) {
    super(file, `${file} failed validation: ${detail}`);
    this.name = 'DataValidationError';
  }
}

/** Whether a failed load is worth retrying: network trouble and server errors are, the rest are not. */
export function isRetryable(error: unknown): boolean {
  return !(error instanceof DataNotFoundError || error instanceof DataValidationError);
}
