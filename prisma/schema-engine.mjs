#!/usr/bin/env node
// A stand-in for Prisma's native `schema-engine` program.
//
// Why it exists: Prisma 7's CLI runs every migration command through a native
// schema engine that it downloads from Prisma's servers on first use. Marquee
// must build and test on machines that reach only the npm registry, where that
// download fails and so does every `prisma` command. Prisma publishes the same
// engine compiled to WebAssembly (@prisma/schema-engine-wasm); this script
// speaks the native engine's command-line and JSON-RPC protocol and forwards
// each request to the WebAssembly engine, which reaches the database through a
// Prisma driver adapter. prisma.config.ts points PRISMA_SCHEMA_ENGINE_BINARY
// here unless a native engine is already configured.
//
// Protocol, as the 7.10 CLI uses it:
//   schema-engine.mjs --datamodels <schema> --datasource '{"url": ...}'
//     then JSON-RPC 2.0 over stdin/stdout, one object per line;
//   schema-engine.mjs --datasource <json> cli <can-connect-to-database|create-database|drop-database>
//   schema-engine.mjs --version
//
// The work-arounds below each answer a gap between the WebAssembly engine plus
// adapters and the native engine; they are marked "WORKAROUND".
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { createRequire } from "node:module";
import { postgresAdapterFactory, postgresVersion, runPostgresCliCommand } from "./schema-engine-postgres.mjs";

const require = createRequire(import.meta.url);
const ENGINE_VERSION = "0edf323efd1d98336f3f0a68684b56f689b900d3";

const MIGRATIONS_TABLE_DDL = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

function parseArgs(argv) {
  const args = { datamodels: [], datasource: null, cli: null, version: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--datamodels") args.datamodels.push(argv[++i]);
    else if (arg === "--datasource") args.datasource = JSON.parse(argv[++i]);
    else if (arg === "--version" || arg === "-V") args.version = true;
    else if (arg === "cli") args.cli = argv[++i];
    else if (arg.startsWith("--")) i++; // flags we do not need take one value
  }
  return args;
}

function sqlitePath(url) {
  const file = url.replace(/^file:/, "").replace(/\?.*$/, "");
  return path.resolve(process.cwd(), file);
}

function isSqlite(url) {
  return typeof url === "string" && url.startsWith("file:");
}

function isPostgres(url) {
  return typeof url === "string" && /^postgres(ql)?:\/\//i.test(url);
}

// WORKAROUND: better-sqlite3 refuses multi-statement strings in executeRaw,
// which the engine uses for whole migration scripts on the shadow database.
function withScriptFallback(adapter) {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      if (!/more than one statement/i.test(String(error?.message ?? error))) throw error;
      await adapter.executeScript(query.sql);
      return 0;
    }
  };
  return adapter;
}

async function adapterFactoryFor(datasource) {
  if (isPostgres(datasource.url)) return postgresAdapterFactory(datasource);
  if (!isSqlite(datasource.url)) {
    throw new Error("This stand-in engine supports SQLite (file:) and PostgreSQL (postgresql://) URLs only.");
  }
  const { PrismaBetterSqlite3 } = await import("@prisma/adapter-better-sqlite3");
  const inner = new PrismaBetterSqlite3({ url: sqlitePath(datasource.url) });
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => withScriptFallback(await inner.connect()),
    connectToShadowDb: async () => withScriptFallback(await inner.connectToShadowDb()),
  };
}

async function loadWasmEngine() {
  globalThis.PRISMA_WASM_PANIC_REGISTRY = {
    message: "",
    set_message(message) {
      this.message = message;
    },
    get() {
      return this.message;
    },
  };
  const glue = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const wasmFile = path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")), "schema_engine_bg.wasm");
  const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmFile), {
    "./schema_engine_bg.js": glue,
  });
  glue.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return glue;
}

// `cli <command>`: exit 0 on success; on failure, JSON log lines on stderr
// (the Prisma CLI skips the first line, so one plain line goes first).
async function runCliCommand(command, datasource) {
  const fail = (error_code, message) => {
    process.stderr.write("schema-engine stand-in\n");
    process.stderr.write(JSON.stringify({ level: "ERROR", target: "schema_engine::logger", fields: { error_code, message } }) + "\n");
    process.exit(1);
  };
  if (isPostgres(datasource?.url)) {
    await runPostgresCliCommand(command, datasource.url, fail);
    process.exit(0);
  }
  if (!isSqlite(datasource?.url)) fail("P1001", "This stand-in engine supports SQLite (file:) and PostgreSQL (postgresql://) URLs only.");
  const file = sqlitePath(datasource.url);
  if (command === "can-connect-to-database") {
    if (!fs.existsSync(file)) fail("P1003", `Database ${path.basename(file)} does not exist at ${file}`);
  } else if (command === "create-database") {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.closeSync(fs.openSync(file, "a"));
  } else if (command === "drop-database") {
    for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
  } else {
    fail("P1000", `Unknown cli command: ${command}`);
  }
  process.exit(0);
}

// WORKAROUND: the engine's SQLite reset only deletes rows. Drop every table and
// view, keeping an empty _prisma_migrations (without it the next apply fails
// with P3005; sqlite_sequence cannot be dropped).
async function resetSqlite(url) {
  const Database = (await import("better-sqlite3")).default;
  const db = new Database(sqlitePath(url));
  try {
    db.pragma("foreign_keys = OFF");
    const objects = db.prepare("SELECT type, name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'").all();
    db.transaction(() => {
      for (const { type, name } of objects) {
        if (name === "_prisma_migrations") continue;
        db.exec(`DROP ${type === "view" ? "VIEW" : "TABLE"} IF EXISTS "${name.replaceAll('"', '""')}"`);
      }
      db.exec(MIGRATIONS_TABLE_DDL);
      db.exec('DELETE FROM "_prisma_migrations"');
    })();
  } finally {
    db.close();
  }
}

async function createMigrationsTable(url) {
  const Database = (await import("better-sqlite3")).default;
  const db = new Database(sqlitePath(url));
  try {
    db.exec(MIGRATIONS_TABLE_DDL);
  } finally {
    db.close();
  }
}

function errorData(error) {
  // The engine rejects with either an Error or a plain object of user-facing error data.
  if (error && typeof error === "object" && "message" in error && !(error instanceof Error)) {
    return { is_panic: false, ...error };
  }
  const panic = globalThis.PRISMA_WASM_PANIC_REGISTRY?.get();
  const code = typeof error?.code === "string" && /^P\d{4}$/.test(error.code) ? { error_code: error.code } : {};
  return { is_panic: Boolean(panic), message: panic || String(error?.message ?? error), ...code };
}

async function serve(args) {
  const glue = await loadWasmEngine();
  const { bindMigrationAwareSqlAdapterFactory } = await import("@prisma/driver-adapter-utils");
  const datamodels = args.datamodels.map((file) => [file, fs.readFileSync(file, "utf8")]);
  const log = (line) => process.stderr.write(`${typeof line === "string" ? line : JSON.stringify(line)}\n`);
  const factory = await adapterFactoryFor(args.datasource ?? { url: "" });
  const engine = await glue.SchemaEngine.new(
    { datamodels: datamodels.length ? datamodels : undefined },
    log,
    bindMigrationAwareSqlAdapterFactory(factory),
  );

  const send = (message) => process.stdout.write(JSON.stringify(message) + "\n");
  const pendingPrints = new Map();
  let nextPrintId = 1;
  // The native engine hands text for the terminal to the CLI as a `print` request.
  const print = (content) =>
    new Promise((resolve) => {
      const id = `print-${nextPrintId++}`;
      pendingPrints.set(id, resolve);
      send({ jsonrpc: "2.0", id, method: "print", params: { content } });
    });

  const call = async (method, params) => {
    if (method === "getDatabaseVersion") {
      if (isPostgres(args.datasource?.url)) return `PostgreSQL ${await postgresVersion(args.datasource.url)}`;
      if (!isSqlite(args.datasource?.url)) return "unknown";
      const Database = (await import("better-sqlite3")).default;
      const db = new Database(sqlitePath(args.datasource.url));
      try {
        return `SQLite ${db.prepare("SELECT sqlite_version() AS v").get().v}`;
      } finally {
        db.close();
      }
    }
    if (method === "reset" && isSqlite(args.datasource?.url)) return resetSqlite(args.datasource.url);
    if (typeof engine[method] !== "function") throw new Error(`Method not supported by the stand-in: ${method}`);
    try {
      return await engine[method](params);
    } catch (error) {
      const data = errorData(error);
      // WORKAROUND: a never-migrated SQLite database lacks _prisma_migrations (P1014).
      if (data.error_code === "P1014" && isSqlite(args.datasource?.url)) {
        await createMigrationsTable(args.datasource.url);
        return engine[method](params);
      }
      // WORKAROUND: right after applying migrations, `migrate dev` needs a
      // devDiagnostic pass before the engine will evaluate or create a migration.
      if (/shadow db must be provided/i.test(data.message ?? "") && params?.migrationsList) {
        await engine.devDiagnostic({ migrationsList: params.migrationsList, filters: params.filters ?? {} });
        return engine[method](params);
      }
      throw error;
    }
  };

  const handle = async (request) => {
    try {
      let result = await call(request.method, request.params);
      if (request.method === "diff" && result?.stdout) {
        await print(result.stdout);
        result = { exitCode: result.exitCode };
      }
      send({ jsonrpc: "2.0", id: request.id, result: result ?? null });
    } catch (error) {
      send({ jsonrpc: "2.0", id: request.id, error: { code: 4466, message: "An error happened.", data: errorData(error) } });
    }
  };

  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on("line", (line) => {
    if (!line.trim()) return;
    const message = JSON.parse(line);
    if (message.method) void handle(message);
    else {
      pendingPrints.get(message.id)?.(message.result);
      pendingPrints.delete(message.id);
    }
  });
  // WORKAROUND: the engine leaves long timers behind; the CLI closing stdin means we are done.
  lines.on("close", () => process.exit(0));
}

const args = parseArgs(process.argv.slice(2));
if (args.version) {
  process.stdout.write(`schema-engine-cli ${ENGINE_VERSION} (WebAssembly stand-in)\n`);
} else if (args.cli) {
  await runCliCommand(args.cli, args.datasource);
} else {
  await serve(args);
}
