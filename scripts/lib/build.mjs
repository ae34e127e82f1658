// The production build `npm start` and `npm run cluster` serve. A build is
// reused only while it was made from the same commit, so a `git pull`
// followed by a start never serves yesterday's code.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

function currentCommit() {
  try {
    return execFileSync("git", ["rev-parse", "HEAD"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "unknown"; // not a git checkout: rebuild only when asked to
  }
}

/** Builds into NEXT_DIST_DIR (default .next) unless a build of this commit is there. */
export function ensureBuild(env) {
  const distDir = env.NEXT_DIST_DIR || ".next";
  const stamp = path.join(distDir, "marquee-source");
  const source = currentCommit();
  const built = fs.existsSync(path.join(distDir, "BUILD_ID")) && fs.existsSync(stamp) ? fs.readFileSync(stamp, "utf8") : null;
  if (built !== null && built === source && env.MARQUEE_REBUILD !== "1") return;
  console.log(built === null ? "No production build yet: building..." : "The code changed since the last build: rebuilding...");
  execFileSync("npx", ["next", "build"], { stdio: "inherit", env });
  fs.writeFileSync(stamp, source);
}
