// Timing helpers for the scale benchmark: sequential cold requests,
// concurrent warm load, percentiles.

export type Stats = { n: number; p50: number; p95: number; p99: number; max: number; errors: number };

export function stats(samples: readonly number[], errors = 0): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
  return { n: sorted.length, p50: at(50), p95: at(95), p99: at(99), max: sorted.at(-1) ?? NaN, errors };
}

export type Get = (path: string) => Promise<{ status: number; ms: number; body: string }>;

export function client(origin: string, headers: Record<string, string> = {}): Get {
  return async (path) => {
    const started = performance.now();
    const response = await fetch(new URL(path, origin), { redirect: "manual", headers: { "accept-language": "en", ...headers } });
    const body = await response.text();
    return { status: response.status, ms: performance.now() - started, body };
  };
}

/** Each path once, one after another: what a first visitor (or crawler) waits. */
export async function sequential(get: Get, paths: readonly string[]): Promise<Stats> {
  const times: number[] = [];
  let errors = 0;
  for (const path of paths) {
    const { status, ms } = await get(path);
    if (status >= 400) errors++;
    times.push(ms);
  }
  return stats(times, errors);
}

/** `connections` loops over `paths` for `seconds`: warm latency under load. */
export async function load(get: Get, paths: readonly string[], connections: number, seconds: number): Promise<Stats> {
  const times: number[] = [];
  let errors = 0;
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async (_, c) => {
      for (let i = c; performance.now() < until; i += connections) {
        const { status, ms } = await get(paths[i % paths.length]!);
        if (status >= 400) errors++;
        times.push(ms);
      }
    }),
  );
  return stats(times, errors);
}

/**
 * Signs the demo admin in through `origin`; the session cookie to send with
 * admin requests. `siteOrigin` is the Origin header: the site's public
 * origin, the only one sign-in trusts, when `origin` is one server behind it.
 */
export async function signInCookie(origin: string, siteOrigin = origin): Promise<string> {
  const response = await fetch(`${origin}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: siteOrigin },
    body: JSON.stringify({ email: "admin@marquee.test", password: "marquee-admin-demo" }),
  });
  if (!response.ok) throw new Error(`Sign-in failed with ${response.status}`);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}
