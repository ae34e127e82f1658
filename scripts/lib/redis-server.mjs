// A throwaway Redis for the tests and `npm run cluster`: redis-server from the
// installed binaries, on 127.0.0.1, with no persistence, in a temp folder.

import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { commandPath, freePort, waitForPort } from "./processes.mjs";

export const REDIS_HELP =
  "redis-server is not installed. Install it with: sudo apt-get install -y redis-server (or set REDIS_URL to a running server).";

export const redisBinary = () => commandPath("redis-server");

/** Starts redis-server; `port` reuses a given port (a restart in a test). Returns its URL and stop(). */
export async function startRedis({ port } = {}) {
  const binary = redisBinary();
  if (!binary) throw new Error(REDIS_HELP);
  const chosen = port ?? (await freePort());
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "marquee-redis-"));
  const args = ["--port", String(chosen), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir];
  const child = spawn(binary, args, { stdio: "ignore" });
  await waitForPort(chosen, child, "redis-server");
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { url: `redis://127.0.0.1:${chosen}`, port: chosen, stop };
}
