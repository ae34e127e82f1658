import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const LOCAL_SECRET_FILE = ".marquee-secret";

/**
 * The key that signs session cookies. BETTER_AUTH_SECRET in any real
 * deployment; on a developer's machine, when it is unset, a random one is
 * made once into a git-ignored file so sessions survive restarts. It is never
 * committed and never has a default value.
 */
export function authSecret(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.BETTER_AUTH_SECRET?.trim();
  if (fromEnv) return fromEnv;
  const file = path.join(/* turbopackIgnore: true */ process.cwd(), LOCAL_SECRET_FILE);
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    const secret = crypto.randomBytes(32).toString("base64url");
    fs.writeFileSync(file, secret + "\n", { mode: 0o600, flag: "wx" });
    return secret;
  }
}
