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

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 6; depth++) {
    const { code, message, kind, cause } = e as { code?: unknown; message?: unknown; kind?: unknown; cause?: unknown };
    if (typeof code === "string" && UNAVAILABLE_CODES.has(code)) return true;
    if (typeof kind === "string" && UNAVAILABLE_MESSAGES.test(kind)) return true;
    if (typeof message === "string" && UNAVAILABLE_MESSAGES.test(message)) return true;
    e = cause ?? (e as { originalError?: unknown }).originalError;
  }
  return false;
}

export class DatabaseUnavailableError extends Error {
  constructor(cause?: unknown) {
    super("The database cannot be reached", { cause });
    this.name = "DatabaseUnavailableError";
  }
}
