import { db } from "@/lib/db";
import { documentsFor } from "./documents";
import { searchIndex } from "./store";

// Keeps the search index current. Every save queues its film in the same
// transaction (lib/editorial/film-change.ts); this rewrites the queued films'
// entries and removes each row only if nobody queued the film again
// meanwhile. Run after each save, and by the background sweep
// (lib/scheduler.ts) for whatever a crash or another process left behind.

const BATCH = 50;
let draining: Promise<number> | null = null;

async function drainOnce(): Promise<number> {
  const index = await searchIndex();
  if (index.created) {
    // A new, empty index (first start, or the file was removed): index everything.
    await db.$executeRaw`INSERT INTO "SearchQueue" ("filmId", "version") SELECT "id", 0 FROM "Film" WHERE true ON CONFLICT DO NOTHING`;
    index.created = false;
  }
  let done = 0;
  for (;;) {
    const batch = await db.searchQueue.findMany({ orderBy: { filmId: "asc" }, take: BATCH });
    if (!batch.length) return done;
    // Read one film at a time (its nested reads bind that film's credits, never
    // a batch's), write the batch at once, then dequeue what was indexed.
    const docs = new Map<string, Awaited<ReturnType<typeof documentsFor>>>();
    for (const row of batch) docs.set(row.filmId, await documentsFor([row.filmId]));
    await index.replaceFilmDocs(docs);
    await db.$transaction(batch.map((row) => db.searchQueue.deleteMany({ where: { filmId: row.filmId, version: row.version } })));
    done += batch.length;
    // Lets requests in between batches when a whole catalog is being indexed.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Indexes every queued film; concurrent callers in one process share one pass. Returns how many were indexed. */
export function drainSearchQueue(): Promise<number> {
  draining ??= drainOnce().finally(() => {
    draining = null;
  });
  return draining;
}
