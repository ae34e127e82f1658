import net from "node:net";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { DatabaseSetupError, checkPostgres } from "../scripts/lib/database.mjs";
import { createDatabase, databaseOn } from "../scripts/lib/postgres-cluster.mjs";

// `npm start` on PostgreSQL stops with one line saying what to fix. These run
// the start-up check against a real server, and against a port nobody listens on.

async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const refusal = async (url: string) => {
  const error = await checkPostgres(url).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DatabaseSetupError);
  const message = (error as Error).message;
  expect(message.split("\n")).toHaveLength(1);
  return message;
};

describe("the PostgreSQL start-up check", () => {
  it("passes a UTF-8 database on PostgreSQL 15+ and enables pg_trgm (the twin of the refusals)", async () => {
    const url = await createDatabase(inject("postgresUrl"), "marquee_start_ok");
    await expect(checkPostgres(url)).resolves.toBeUndefined();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query("SELECT extname FROM pg_extension WHERE extname = 'pg_trgm'");
    await client.end();
    expect(rows).toHaveLength(1);
  });

  it("names a server that is not there", async () => {
    expect(await refusal(`postgresql://postgres@127.0.0.1:${await closedPort()}/marquee`)).toMatch(/nothing is listening there/);
  });

  it("names a database that does not exist, with the command that makes it", async () => {
    expect(await refusal(databaseOn(inject("postgresUrl"), "marquee_never_made"))).toMatch(/does not exist: create it with `createdb -E UTF8/);
  });

  it("refuses a database whose encoding cannot hold Japanese and Arabic trigrams", async () => {
    const admin = new pg.Client({ connectionString: inject("postgresUrl") });
    await admin.connect();
    await admin.query("DROP DATABASE IF EXISTS marquee_start_ascii");
    await admin.query("CREATE DATABASE marquee_start_ascii TEMPLATE template0 ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C'");
    await admin.end();
    expect(await refusal(databaseOn(inject("postgresUrl"), "marquee_start_ascii"))).toMatch(/needs UTF8 with a UTF-8 ctype/);
  });

  it("refuses a URL without a database name", async () => {
    expect(await refusal(databaseOn(inject("postgresUrl"), ""))).toMatch(/names no database/);
  });
});
