// Small helpers for the servers the tests, the benchmarks and `npm run
// cluster` start from installed binaries (PostgreSQL, Redis, nginx).
import { spawnSync } from "node:child_process";
import net from "node:net";

/** The path of an installed command, or null. */
export function commandPath(name) {
  return spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).stdout.trim() || null;
}

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const accepts = (port) =>
  new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1", () => {
      socket.end();
      resolve(true);
    });
    socket.on("error", () => resolve(false));
  });

/** Resolves once `port` accepts connections; throws if `child` exits first or 10 s pass. */
export async function waitForPort(port, child, name) {
  const deadline = Date.now() + 10_000;
  while (!(await accepts(port))) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error(`${name} did not listen on port ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
