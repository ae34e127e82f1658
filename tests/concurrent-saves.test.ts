import { beforeAll, describe, expect, inject, it } from "vitest";
import { prepareDatabase } from "../scripts/lib/database.mjs";
import { createDatabase } from "../scripts/lib/postgres-cluster.mjs";

// Two editors press Save at the same moment, on the production database
// (PostgreSQL, whose default isolation would let both through). Every
// transaction below first reads, then waits until all of them have read, so
// each really starts from the same state before any of them writes.

type Modules = {
  db: typeof import("@/lib/db").db;
  editorialTransaction: typeof import("@/lib/editorial/transaction").editorialTransaction;
  personIdFor: typeof import("@/lib/editorial/people").personIdFor;
  writeTranslation: typeof import("@/lib/editorial/write-translation").writeTranslation;
  checkVersion: typeof import("@/lib/editorial/version-check").checkVersion;
};
let m: Modules;

beforeAll(async () => {
  const url = await createDatabase(inject("postgresUrl"), "marquee_concurrent_saves");
  await prepareDatabase({ ...process.env, DATABASE_URL: url }, { forceSeed: true });
  process.env.DATABASE_URL = url;
  m = {
    db: (await import("@/lib/db")).db,
    editorialTransaction: (await import("@/lib/editorial/transaction")).editorialTransaction,
    personIdFor: (await import("@/lib/editorial/people")).personIdFor,
    writeTranslation: (await import("@/lib/editorial/write-translation")).writeTranslation,
    checkVersion: (await import("@/lib/editorial/version-check")).checkVersion,
  };
}, 120_000);

/** Resolves once `count` callers have arrived: the moment every transaction has taken its snapshot. */
function barrier(count: number) {
  let arrived = 0;
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return () => {
    arrived += 1;
    if (arrived === count) open();
    return opened;
  };
}

describe("simultaneous saves on PostgreSQL", () => {
  it("two saves from the same version: one is written, the other is told someone saved in between", async () => {
    const { db, editorialTransaction, writeTranslation, checkVersion } = m;
    const film = await db.film.findUniqueOrThrow({ where: { slug: "drive" }, select: { id: true, sourceLocale: true } });
    const editor = await db.user.findFirstOrThrow({ select: { id: true } });
    const start = await db.reviewTranslation.findUniqueOrThrow({ where: { filmId_locale: { filmId: film.id, locale: "fr" } } });
    const allRead = barrier(2);
    const save = (commentary: string) => {
      let first = true;
      return editorialTransaction(async (tx) => {
        const current = await tx.reviewTranslation.findUniqueOrThrow({ where: { filmId_locale: { filmId: film.id, locale: "fr" } } });
        if (first) await allRead();
        first = false;
        const check = checkVersion({ ...current, updatedBy: null }, start.version);
        if (!check.ok) return "conflict";
        const target = { filmId: film.id, locale: "fr", sourceLocale: film.sourceLocale, sourceTextVersion: null };
        const text = { ...current, commentary };
        await writeTranslation(
          tx,
          target,
          current,
          { text, status: current.status, publishedAt: current.publishedAt, basis: { seen: null, reviewed: false } },
          editor.id,
        );
        return "saved";
      });
    };

    const outcomes = await Promise.all([save("Première version."), save("Seconde version.")]);
    expect(outcomes.sort()).toEqual(["conflict", "saved"]);
    const after = await db.reviewTranslation.findUniqueOrThrow({ where: { filmId_locale: { filmId: film.id, locale: "fr" } } });
    expect(after.version).toBe(start.version + 1);
    const revisions = await db.revision.count({ where: { filmId: film.id, locale: "fr", version: start.version + 1 } });
    expect(revisions).toBe(1);
  });

  it("a collision reported by a raw statement is retried like any other", async () => {
    // Each reads both rows, then writes one the other read: write skew, which
    // SERIALIZABLE refuses. The second writer's UPDATE comes after the first
    // has committed, so PostgreSQL refuses that statement itself (40001 inside
    // Prisma's "raw query failed", as a source-language save met in CI).
    const { db, editorialTransaction } = m;
    const film = await db.film.findUniqueOrThrow({ where: { slug: "drive" }, select: { id: true } });
    const allRead = barrier(2);
    const write = (locale: string, after?: () => Promise<unknown>) => {
      let first = true;
      return editorialTransaction(async (tx) => {
        await tx.$queryRaw`SELECT "locale", "outdated" FROM "ReviewTranslation" WHERE "filmId" = ${film.id} AND "locale" IN ('fr', 'ja')`;
        if (first) await allRead();
        first = false;
        await after?.();
        await tx.$executeRaw`UPDATE "ReviewTranslation" SET "outdated" = NOT "outdated" WHERE "filmId" = ${film.id} AND "locale" = ${locale}`;
        return locale;
      });
    };
    const before = await db.reviewTranslation.findMany({ where: { filmId: film.id, locale: { in: ["fr", "ja"] } }, orderBy: { locale: "asc" } });
    const firstCommitted = write("fr");
    const second = write("ja", () => firstCommitted);
    expect(await Promise.all([firstCommitted, second])).toEqual(["fr", "ja"]);
    const after = await db.reviewTranslation.findMany({ where: { filmId: film.id, locale: { in: ["fr", "ja"] } }, orderBy: { locale: "asc" } });
    expect(after.map((row) => row.outdated)).toEqual(before.map((row) => !row.outdated));
    for (const row of before) await db.reviewTranslation.update({ where: { id: row.id }, data: { outdated: row.outdated } });
  });

  it("four films naming the same new person at once: all saved, one person", async () => {
    const { db, editorialTransaction, personIdFor } = m;
    const name = "Simultaneous Newcomer";
    const allRead = barrier(4);
    const credit = () => {
      let first = true;
      return editorialTransaction(async (tx) => {
        await tx.person.findFirst({ where: { name } });
        if (first) await allRead();
        first = false;
        return personIdFor(tx, name);
      });
    };

    const ids = await Promise.all([credit(), credit(), credit(), credit()]);
    expect(new Set(ids).size).toBe(1);
    expect(await db.person.count({ where: { name } })).toBe(1);
  });
});
