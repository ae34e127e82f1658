// The topology the specs in e2e/topology run on, started by scripts/test.mjs
// (scripts/lib/topology.mjs) before Playwright and stopped after it: nginx on
// E2E_PORT + 20, instances A and B on the next two ports. Playwright runs
// its test files as CommonJS, which cannot load those ES modules, so the
// addresses and B's process id come here through the environment.

export const frontPort = Number(process.env.E2E_PORT || 3100) + 20;

export function topology() {
  const pid = Number(process.env.TOPOLOGY_B_PID);
  if (!pid) throw new Error("Run the topology specs through `npm test`, which starts nginx, the instances and Redis first.");
  return {
    front: `http://localhost:${frontPort}`,
    a: `http://localhost:${frontPort + 1}`,
    b: `http://localhost:${frontPort + 2}`,
    killB: () => process.kill(pid, "SIGKILL"),
  };
}

export type Topology = ReturnType<typeof topology>;
