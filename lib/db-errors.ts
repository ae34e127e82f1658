// Telling "the database is not there" from every other failure, so an
// editor's save can say so (and keep the text) rather than "not allowed" or a
// generic failure. Prisma wraps driver errors in several layers; this looks
// at each error in the cause chain, by code and by the drivers' messages.

const UNAVAILABLE_CODES = new Set([
  "P1001", // can't reach database server
  "P1002", // server reached but timed out
  "P1008", // operation timed out
  "P1017", // server closed the connection
  "P2024", // timed out fetching a connection from the pool
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "57P01", // admin_shutdown
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now (starting up or shutting down)
  "3D000", // the database does not exist (dropped under us)
  "08000",
  "08001",
  "08003",
  "08006",
  "SQLITE_CANTOPEN",
  "SQLITE_NOTADB",
  "SQLITE_IOERR",
  "SQLITE_CORRUPT",
]);

const UNAVAILABLE_MESSAGES =
  /can't reach database|connection terminated|connection refused|terminating connection|server closed the connection|database .* does not exist|file is not a database|unable to open database|disk i\/o error|timeout exceeded when trying to connect|connection (is )?closed|DatabaseNotReachable|ConnectionClosed|SocketTimeout/i;

type ErrorLayer = { code?: unknown; message?: unknown; kind?: unknown };

/** Whether any error in the cause chain (Prisma's, the adapter's, the driver's) matches. */
function someLayer(error: unknown, test: (layer: ErrorLayer) => boolean): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 6; depth++) {
    if (test(e as ErrorLayer)) return true;
    // A raw statement's failure keeps the driver's error in `meta`, not `cause`
    // ("Raw query failed", P2010): a collision there must be retried too.
    const { cause, originalError, meta } = e as { cause?: unknown; originalError?: unknown; meta?: { driverAdapterError?: unknown } };
    e = cause ?? originalError ?? meta?.driverAdapterError;
  }
  return false;
}

export function isDatabaseUnavailable(error: unknown): boolean {
  return someLayer(
    error,
    ({ code, message, kind }) =>
      (typeof code === "string" && UNAVAILABLE_CODES.has(code)) ||
      (typeof kind === "string" && UNAVAILABLE_MESSAGES.test(kind)) ||
      (typeof message === "string" && UNAVAILABLE_MESSAGES.test(message)),
  );
}

const WRITE_CONFLICT_CODES = new Set([
  "P2034", // Prisma: write conflict or deadlock, please retry
  "40001", // PostgreSQL serialization_failure
  "40P01", // PostgreSQL deadlock_detected
  "SQLITE_BUSY",
]);

/** Two transactions collided and the database gave up one of them: running it again is safe and usually succeeds. */
export function isWriteConflict(error: unknown): boolean {
  return someLayer(error, ({ code, kind }) => (typeof code === "string" && WRITE_CONFLICT_CODES.has(code)) || kind === "TransactionWriteConflict");
}

export class DatabaseUnavailableError extends Error {
  constructor(cause?: unknown) {
    super("The database cannot be reached", { cause });
    this.name = "DatabaseUnavailableError";
  }
}
