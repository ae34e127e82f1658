import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AgreementError, checkAgreement, publishRelease } from "../scripts/lib/instance-agreement.mjs";
import { startRedis } from "../scripts/lib/redis-server.mjs";

// An instance started with another build or other settings than the release
// refuses to start, and says which setting differs, against a real Redis.

let redis: Awaited<ReturnType<typeof startRedis>>;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "marquee-agreement-"));

function distDir(buildId: string) {
  const folder = path.join(dir, buildId);
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, "BUILD_ID"), buildId);
  return folder;
}

let release: Record<string, string>;

beforeAll(async () => {
  redis = await startRedis();
  release = {
    REDIS_URL: redis.url,
    NEXT_DIST_DIR: distDir("build-a"),
    BETTER_AUTH_SECRET: "the-release-secret-the-release-secret",
    MARQUEE_SITE_URL: "https://films.example",
    NEXT_DEPLOYMENT_ID: "2026-11-26",
  };
});

afterAll(async () => {
  await redis?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const refusal = async (env: Record<string, string>) => {
  const error = await checkAgreement(env).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AgreementError);
  return (error as Error).message;
};

describe("instances agree with the release", () => {
  it("before any release, an instance is told to run the release step", async () => {
    expect(await refusal(release)).toContain("npm run release");
  });

  it("an instance with the release's build and settings starts", async () => {
    await publishRelease(release);
    await expect(checkAgreement({ ...release })).resolves.toBeUndefined();
  });

  it("another build, origin and deployment id are each named with both values", async () => {
    const message = await refusal({
      ...release,
      NEXT_DIST_DIR: distDir("build-b"),
      MARQUEE_SITE_URL: "http://localhost:3001",
      NEXT_DEPLOYMENT_ID: "2026-11-25",
    });
    expect(message).toContain("the build (BUILD_ID) is build-b here but build-a in the release");
    expect(message).toContain("MARQUEE_SITE_URL is http://localhost:3001 here but https://films.example in the release");
    expect(message).toContain("NEXT_DEPLOYMENT_ID is 2026-11-25 here but 2026-11-26 in the release");
  });

  it("another secret is named, and neither secret is shown", async () => {
    const message = await refusal({ ...release, BETTER_AUTH_SECRET: "another-secret-another-secret-12345", NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "k" });
    expect(message).toContain("BETTER_AUTH_SECRET differs from the release's");
    expect(message).toContain("NEXT_SERVER_ACTIONS_ENCRYPTION_KEY differs from the release's");
    expect(message).not.toContain("another-secret");
    expect(message).not.toContain("the-release-secret");
  });

  it("a Redis that is not there is named, with what to do", async () => {
    const stopped = await startRedis();
    await stopped.stop();
    expect(await refusal({ ...release, REDIS_URL: stopped.url })).toMatch(/Cannot reach Redis at REDIS_URL.*unset REDIS_URL/);
  });
});
