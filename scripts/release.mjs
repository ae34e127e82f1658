// `npm run release`: the once-per-release step of a deployment with several
// instances, run before any of them starts. It migrates the database (seeding
// demo content only into an empty one) and, with REDIS_URL, records the
// release that every instance must match (scripts/lib/instance-agreement.mjs).
// Instances never migrate, so instances starting together cannot race a migration.
import { DatabaseSetupError, prepareDatabase } from "./lib/database.mjs";
import { AgreementError, publishRelease } from "./lib/instance-agreement.mjs";

const env = { ...process.env, DATABASE_URL: process.env.DATABASE_URL || "file:data/marquee.db" };
try {
  await prepareDatabase(env);
  if (env.REDIS_URL) {
    const release = await publishRelease(env);
    console.log(`Release recorded: build ${release.build}, site ${release.siteUrl}.`);
  }
} catch (error) {
  const known = error instanceof DatabaseSetupError || error instanceof AgreementError;
  console.error(`\n✖ ${known ? error.message : `The release step failed: ${error.message.split("\n")[0]}`}`);
  process.exit(1);
}
