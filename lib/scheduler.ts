import crypto from "node:crypto";
import { drainSearchQueue } from "@/lib/search/queue";

// The background sweep of each server process, started by instrumentation.ts:
// - indexes films left in the search queue (a crash after a save, another
//   process's save, or a new index file);
// - asks this process's own /api/internal/due to revalidate the pages of
//   translations whose scheduled time has come, so the first reader after
//   it sees them, without any page re-rendering on a timer.
// revalidateTag() needs a request context, hence the call to our own route,
// guarded by a token only this process knows.

export const SWEEP_MS = 10_000;
const TOKEN_KEY = Symbol.for("marquee.sweepToken");
type WithToken = typeof globalThis & { [TOKEN_KEY]?: string };

export function sweepToken(): string {
  const global = globalThis as WithToken;
  global[TOKEN_KEY] ??= crypto.randomBytes(32).toString("base64url");
  return global[TOKEN_KEY];
}

export function startSweep() {
  let since = Date.now();
  const sweep = async () => {
    const until = Date.now();
    // Pages render with their own clock: a page rendered just before `until` may still miss the last instant.
    try {
      await drainSearchQueue();
      const url = `http://127.0.0.1:${process.env.PORT || 3000}/api/internal/due`;
      const response = await fetch(url, {
        method: "POST",
        headers: { authorization: `Bearer ${sweepToken()}`, "content-type": "application/json" },
        body: JSON.stringify({ since, until }),
      });
      if (response.ok) since = ((await response.json()) as { reached: number }).reached;
    } catch (error) {
      console.error("Background sweep failed; retrying at the next one:", error);
    }
    setTimeout(sweep, SWEEP_MS).unref();
  };
  setTimeout(sweep, 1_000).unref();
}
