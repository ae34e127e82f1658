// PostgreSQL for the WebAssembly schema-engine stand-in (prisma/schema-engine.mjs):
// the driver adapter factory the engine reaches the database through, and the
// `cli` commands, each with the work-arounds the adapter needs.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";

/** pg connection fields from a URL. Separate fields, because a connection string would override `database`. */
export function connectionFields(url, database) {
  const parsed = new URL(url);
  const fields = {
    host: decodeURIComponent(parsed.hostname) || parsed.searchParams.get("host") || "localhost",
    port: Number(parsed.port) || 5432,
    user: decodeURIComponent(parsed.username) || undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    database: database ?? decodeURIComponent(parsed.pathname.slice(1)),
  };
  const sslmode = parsed.searchParams.get("sslmode");
  if (sslmode && sslmode !== "disable") fields.ssl = { rejectUnauthorized: sslmode === "verify-full" };
  return fields;
}

const quoteIdent = (name) => `"${name.replaceAll('"', '""')}"`;

async function withClient(fields, fn) {
  const client = new pg.Client(fields);
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

// The column types @prisma/adapter-pg maps (its fieldToColumnType); any other
// built-in type makes it throw "Unsupported column type".
const MAPPED_TYPES = new Set([
  16, 17, 19, 20, 21, 23, 25, 26, 114, 142, 650, 700, 701, 790, 869, 1042, 1043, 1082, 1083, 1114, 1184, 1266, 1560, 1562, 1700, 2950, 3802, 143, 199,
  651, 791, 1000, 1001, 1002, 1005, 1007, 1009, 1014, 1015, 1016, 1021, 1022, 1028, 1041, 1115, 1182, 1183, 1185, 1231, 1561, 1563, 2951, 3807,
]);
const TEXT = 25;
const FIRST_NORMAL_OBJECT_ID = 16384;
let patched = false;

// WORKAROUND: the engine reads catalog columns of types the adapter does not
// map, such as "char" (pg_constraint.contype). Their text form is what the
// engine wants, so report them as TEXT. Patched once on the shared prototype,
// which the adapter's transactions inherit too.
function reportUnmappedTypesAsText(adapter) {
  if (patched) return;
  const queryable = Object.getPrototypeOf(Object.getPrototypeOf(adapter));
  const performIO = queryable.performIO;
  queryable.performIO = async function (query) {
    const result = await performIO.call(this, query);
    for (const field of result?.fields ?? []) {
      if (field.dataTypeID < FIRST_NORMAL_OBJECT_ID && !MAPPED_TYPES.has(field.dataTypeID)) field.dataTypeID = TEXT;
    }
    return result;
  };
  patched = true;
}

/** The adapter factory for the engine: the real one, with our own shadow database handling. */
export function postgresAdapterFactory(datasource) {
  const fields = connectionFields(datasource.url);
  const inner = new PrismaPg(fields);
  const connect = async (factory) => {
    const adapter = await factory.connect();
    reportUnmappedTypesAsText(adapter);
    return adapter;
  };
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: () => connect(inner),
    // WORKAROUND: the adapter drops its temporary shadow database before it
    // closes the pool connected to it, which PostgreSQL refuses. Make it and
    // drop it ourselves, after the pool has ended.
    async connectToShadowDb() {
      if (datasource.shadowDatabaseUrl) return connect(new PrismaPg(connectionFields(datasource.shadowDatabaseUrl)));
      const name = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID()}`;
      await withClient(fields, (client) => client.query(`CREATE DATABASE ${quoteIdent(name)}`));
      const adapter = await connect(new PrismaPg(connectionFields(datasource.url, name)));
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await withClient(fields, (client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
      };
      return adapter;
    },
  };
}

export async function postgresVersion(url) {
  return withClient(connectionFields(url), async (client) => (await client.query("SHOW server_version")).rows[0].server_version);
}

/** `cli <command>` for PostgreSQL; `fail(code, message)` reports the way the Prisma CLI reads. */
export async function runPostgresCliCommand(command, url, fail) {
  const fields = connectionFields(url);
  const maintenance = { ...fields, database: "postgres" };
  try {
    if (command === "can-connect-to-database") await withClient(fields, () => undefined);
    else if (command === "create-database") await withClient(maintenance, (client) => client.query(`CREATE DATABASE ${quoteIdent(fields.database)}`));
    else if (command === "drop-database")
      await withClient(maintenance, (client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdent(fields.database)} WITH (FORCE)`));
    else fail("P1000", `Unknown cli command: ${command}`);
  } catch (error) {
    if (error?.code === "3D000") fail("P1003", `Database ${fields.database} does not exist on ${fields.host}:${fields.port}`);
    if (error?.code === "42P04") fail("P1009", `Database ${fields.database} already exists on ${fields.host}:${fields.port}`);
    fail("P1001", `Can't reach database server at ${fields.host}:${fields.port}: ${error?.message ?? error}`);
  }
}
