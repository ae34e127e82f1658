// What every app instance behind one front must share, checked when each one
// starts. Instances that disagree fail in ways readers and editors meet much
// later: another build's pages and scripts, server actions that the other
// instance cannot decrypt, sessions signed with another secret, links to
// another origin. So the release step (`npm run release`, or `npm start`
// with REDIS_URL) records the release's values in Redis once, and an
// instance whose own values differ stops with a message naming each one.
// Secrets are compared by digest and never written or printed.

import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createClient } from "@redis/client";

const releaseKey = (env) => `${env.MARQUEE_CACHE_PREFIX || "marquee:"}release`;
const NOT_SET = "(not set)";

const digest = (value) => (value ? `sha256:${crypto.createHash("sha256").update(value).digest("hex").slice(0, 16)}` : NOT_SET);

function buildId(env) {
  try {
    return fs.readFileSync(path.join(env.NEXT_DIST_DIR || ".next", "BUILD_ID"), "utf8").trim();
  } catch {
    return "(no build)";
  }
}

/** The values to agree on, named as the operator sets them. */
const SETTINGS = {
  build: { label: "the build (BUILD_ID)", read: buildId },
  deploymentId: { label: "NEXT_DEPLOYMENT_ID", read: (env) => env.NEXT_DEPLOYMENT_ID || NOT_SET },
  // Unset, the key comes from the build, so the build's agreement covers it.
  serverActionsKey: {
    label: "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY",
    read: (env) => (env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY ? digest(env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY) : "(from the build)"),
    secret: true,
  },
  authSecret: { label: "BETTER_AUTH_SECRET", read: (env) => digest(env.BETTER_AUTH_SECRET?.trim()), secret: true },
  siteUrl: { label: "MARQUEE_SITE_URL", read: (env) => env.MARQUEE_SITE_URL || NOT_SET },
};

/** @typedef {Record<string, string | undefined>} Env */

/** @param {Env} [env] */
export function fingerprint(env = process.env) {
  return Object.fromEntries(Object.entries(SETTINGS).map(([name, setting]) => [name, setting.read(env)]));
}

/** One line per setting that differs; secrets are named, their values never shown. */
export function disagreements(mine, release) {
  return Object.entries(SETTINGS)
    .filter(([name]) => mine[name] !== release[name])
    .map(([name, setting]) =>
      setting.secret ? `${setting.label} differs from the release's` : `${setting.label} is ${mine[name]} here but ${release[name]} in the release`,
    );
}

export class AgreementError extends Error {}

async function withRedis(env, work) {
  const client = createClient({ url: env.REDIS_URL, socket: { connectTimeout: 5000, reconnectStrategy: false } });
  client.on("error", () => {});
  try {
    await client.connect();
  } catch (error) {
    throw new AgreementError(`Cannot reach Redis at REDIS_URL (${error.message}). Start it, or unset REDIS_URL to run a single instance.`);
  }
  try {
    return await work(client);
  } finally {
    await client.quit().catch(() => {});
  }
}

/** The release step: from now on, instances must match this process's values. @param {Env} [env] */
export async function publishRelease(env = process.env) {
  const values = fingerprint(env);
  await withRedis(env, (client) => client.set(releaseKey(env), JSON.stringify(values)));
  return values;
}

/** Throws AgreementError with every difference, or when no release was recorded. @param {Env} [env] */
export async function checkAgreement(env = process.env) {
  const stored = await withRedis(env, (client) => client.get(releaseKey(env)));
  if (!stored)
    throw new AgreementError("No release is recorded in Redis: run `npm run release` once (it migrates the database) before starting instances.");
  const problems = disagreements(fingerprint(env), JSON.parse(stored));
  if (problems.length > 0) {
    throw new AgreementError(
      `This instance does not match the release, so it will not start: ${problems.join("; ")}. Give every instance the same build and settings, or run \`npm run release\` for a new one.`,
    );
  }
}
