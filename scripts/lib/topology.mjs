// Several app instances from one build, sharing one database, one Redis and
// one S3-compatible store for posters, behind nginx: what `npm run cluster` serves and the topology tests run on.
// The caller provides the database (DATABASE_URL in env) and the build.

import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { prepareDatabase } from "./database.mjs";
import { publishRelease } from "./instance-agreement.mjs";
import { startNginx } from "./nginx-config.mjs";
import { startRedis } from "./redis-server.mjs";
import { startS3 } from "./s3-server.mjs";
import { serverEnv } from "./server-options.mjs";

/** One `scripts/serve.mjs` process on `port`, which can be killed and started again. */
function appInstance(name, port, env) {
  const url = `http://127.0.0.1:${port}`;
  let child = null;
  const start = () =>
    new Promise((resolve, reject) => {
      child = spawn(process.execPath, ["scripts/serve.mjs"], {
        env: serverEnv({ ...env, PORT: String(port) }),
        stdio: ["ignore", "pipe", "inherit"],
      });
      child.stdout.on("data", (chunk) => {
        if (env.MARQUEE_TOPOLOGY_QUIET !== "1") process.stdout.write(`[${name}] ${chunk}`);
        if (String(chunk).includes("Ready")) resolve();
      });
      child.once("exit", (code) => reject(new Error(`instance ${name} exited with code ${code}`)));
    });
  const stop = async (signal = "SIGTERM") => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill(signal);
    await exited;
  };
  return { name, url, port, start, stop, kill: () => stop("SIGKILL"), pid: () => child?.pid };
}

/**
 * Starts Redis, runs the release step (migrations, the release record), then
 * `instances` app instances on the ports after `port`, and nginx on `port`.
 */
export async function startTopology({ env, port, instances = 2 }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "marquee-topology-"));
  const started = [];
  const stopAll = async () => {
    for (const stop of started.reverse()) await stop().catch(() => {});
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    const redis = await startRedis();
    started.push(redis.stop);
    // Posters go to an object store every instance reads.
    const s3 = await startS3();
    started.push(s3.stop);
    const shared = {
      ...env,
      ...s3.env,
      NEXT_TELEMETRY_DISABLED: "1",
      REDIS_URL: redis.url,
      MARQUEE_SITE_URL: env.MARQUEE_SITE_URL || `http://localhost:${port}`,
      // The front is the only proxy; the client's address comes from it.
      MARQUEE_TRUSTED_PROXIES: "127.0.0.1",
      // After a save, instances refresh the film's pages at the front.
      MARQUEE_FRONT_URL: `http://127.0.0.1:${port}`,
      MARQUEE_FRONT_REFRESH_KEY: env.MARQUEE_FRONT_REFRESH_KEY || crypto.randomBytes(24).toString("base64url"),
    };
    await prepareDatabase(shared);
    await publishRelease(shared);
    const apps = Array.from({ length: instances }, (_, i) => appInstance(String.fromCharCode(65 + i), port + 1 + i, shared));
    for (const app of apps) {
      started.push(app.stop);
      await app.start();
    }
    const nginx = await startNginx({
      dir: path.join(dir, "nginx"),
      listen: port,
      upstreams: apps.map((app) => `127.0.0.1:${app.port}`),
      refreshKey: shared.MARQUEE_FRONT_REFRESH_KEY,
    });
    started.push(async () => {
      const exited = new Promise((resolve) => nginx.once("exit", resolve));
      nginx.kill("SIGQUIT");
      await exited;
    });
    return { front: `http://127.0.0.1:${port}`, siteUrl: shared.MARQUEE_SITE_URL, apps, redis, env: shared, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

/**
 * The topology specs (e2e/topology): starts the topology on E2E_PORT + 20
 * over env's database and build, runs Playwright with `args`, stops it.
 */
export async function runTopologySpecs(env, args) {
  const port = Number(env.E2E_PORT || 3100) + 20;
  const topology = await startTopology({
    env: { ...env, MARQUEE_SITE_URL: `http://localhost:${port}`, MARQUEE_TOPOLOGY_QUIET: "1" },
    port,
  });
  try {
    const pid = String(topology.apps[1].pid());
    // Spawned, not run synchronously: s3rver serves from this process's event loop.
    const playwright = spawn("npx", [...args, "--config", "playwright.topology.config.ts", "--pass-with-no-tests"], {
      stdio: "inherit",
      env: { ...env, TOPOLOGY_B_PID: pid },
    });
    const code = await new Promise((resolve) => playwright.on("exit", resolve));
    if (code !== 0) throw Object.assign(new Error(`Playwright exited with code ${code}`), { status: code });
  } finally {
    await topology.stop();
  }
}
