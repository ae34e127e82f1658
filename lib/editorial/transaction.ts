import { db } from "@/lib/db";
import { isWriteConflict } from "@/lib/db-errors";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Attempts before a save that keeps colliding is reported as failed (its text is kept). */
const ATTEMPTS = 4;

/**
 * Runs one editorial write (a save, a restore, a move to the trash) as a
 * serializable transaction, retried when the database reports a collision.
 *
 * Why serializable: on PostgreSQL's default READ COMMITTED, two editors saving
 * from the same version both pass the version check and the second overwrites
 * the first, and two films naming the same new person both try to create it.
 * SERIALIZABLE makes one of them fail with a serialization error instead; its
 * retry then reads the other's committed work, so it refuses with "someone
 * saved in between" or reuses the person. SQLite runs one writer at a time, so
 * there this changes nothing.
 */
export async function editorialTransaction<T>(work: (tx: Prisma.TransactionClient) => Promise<T>, options: { timeout?: number } = {}): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(work, { isolationLevel: "Serializable", ...options });
    } catch (error) {
      if (attempt >= ATTEMPTS || !isWriteConflict(error)) throw error;
      // A short random pause, so two colliding saves don't collide again in step.
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 50));
    }
  }
}
