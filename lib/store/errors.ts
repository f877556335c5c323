// Turns storage failures into messages a user can act on. IndexedDB and Dexie report failures by
// error name (Dexie wraps the browser's DOMException and keeps its name, or its cause in `inner`).
import type { z } from 'zod';

const MESSAGES: Record<string, (action: string) => string> = {
  QuotaExceededError: (a) =>
    `Your browser's storage is full, so SCA Assistant could not ${a}; nothing was changed. Free disk space, or export a backup and delete old cases, then try again.`,
  VersionError: (a) =>
    `Could not ${a}: the saved data was written by a newer version of SCA Assistant. Update the extension; nothing was changed.`,
  MissingAPIError: (a) =>
    `Could not ${a}: this browser window cannot store data (private browsing may block it). Open a normal window; nothing was changed.`,
  InvalidStateError: (a) =>
    `Could not ${a}: the browser's storage is not available in this window. Reload the page and try again; nothing was changed.`,
  DatabaseClosedError: (a) =>
    `Could not ${a}: the case database was closed (the extension may have been updated). Reload the page and try again; nothing was changed.`,
  OpenFailedError: (a) =>
    `Could not ${a}: the browser would not open the case database. Restart the browser and try again; nothing was changed.`,
  ConstraintError: (a) => `Could not ${a}: a record with the same id already exists. Reload the page and try again; nothing was changed.`,
  DataError: (a) => `Could not ${a}: a value could not be stored. Check the case for unusual text and try again; nothing was changed.`,
  DataCloneError: (a) => `Could not ${a}: a value could not be stored. Check the case for unusual text and try again; nothing was changed.`,
  ReadOnlyError: (a) => `Could not ${a}: the database was opened read-only. Reload the page and try again; nothing was changed.`,
  TimeoutError: (a) => `Could not ${a}: the browser's storage did not answer in time. Try again; nothing was changed.`,
  AbortError: (a) => `Could not ${a}: the browser cancelled the write. Try again; nothing was changed.`,
  TransactionInactiveError: (a) => `Could not ${a}: the write was interrupted. Try again; nothing was changed.`,
};

function errorName(err: unknown, depth = 0): string | undefined {
  if (typeof err !== 'object' || err === null || depth > 5) return undefined;
  const e = err as { name?: unknown; inner?: unknown; cause?: unknown };
  // Dexie's AbortError often hides the real cause (a full disk) in `inner`; StorageError keeps it in `cause`.
  const inner = errorName(e.inner, depth + 1) ?? errorName(e.cause, depth + 1);
  if (inner && MESSAGES[inner] && (e.name === 'AbortError' || e.name === 'UnknownError' || !MESSAGES[String(e.name)])) return inner;
  return typeof e.name === 'string' ? e.name : undefined;
}

/** A sentence for the UI describing why `action` ("save the case", "import the backup") failed. */
export function storageErrorMessage(err: unknown, action = 'save your changes'): string {
  const name = errorName(err);
  const describe = name ? MESSAGES[name] : undefined;
  if (describe) return describe(action);
  return `Could not ${action} because the browser's storage reported an error${name ? ` (${name})` : ''}. Try again; if it keeps failing, export a backup and restart the browser.`;
}

/** An Error carrying the user-facing message, with the original as its cause. */
export class StorageError extends Error {
  constructor(err: unknown, action?: string) {
    super(storageErrorMessage(err, action), { cause: err });
    this.name = 'StorageError';
  }
}

/** "member.dob: Use a date like 2026-11-23" for the first problem zod found. */
export function firstIssueMessage(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'the data is not valid';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}
