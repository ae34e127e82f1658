// The production server: Next's request handler behind a plain Node HTTP
// server, so that the client's address comes from the socket. `next start`
// keeps any `X-Forwarded-For` a client sends, which let anyone rotate it past
// the sign-in rate limit (README, "Deployment behind a proxy").
// Serves the build in NEXT_DIST_DIR (default .next) on HOST:PORT.
import http from "node:http";
import compression from "compression";
import next from "next";
import { clientAddress, trustedProxies } from "./lib/client-address.mjs";
import { AgreementError, checkAgreement } from "./lib/instance-agreement.mjs";
import { loadNotFoundDocuments, replaceNotFoundShell } from "./lib/not-found-documents.mjs";
import { hashInlineScripts } from "./lib/script-hashes.mjs";
import { createServedPages } from "./lib/served-pages.mjs";

const port = Number(process.env.PORT || 3000);
// Loopback unless told otherwise: a deployment behind a proxy sets HOST.
const host = process.env.HOST || "127.0.0.1";
const trusted = trustedProxies(process.env.MARQUEE_TRUSTED_PROXIES);

// One of several instances sharing a Redis cache: it must match the release.
if (process.env.REDIS_URL) {
  try {
    await checkAgreement();
  } catch (error) {
    if (!(error instanceof AgreementError)) throw error;
    console.error(`✖ ${error.message}`);
    process.exit(1);
  }
}

const app = next({ dev: false, dir: process.cwd(), hostname: host, port });
const handle = app.getRequestHandler();
await app.prepare();
const notFoundDocuments = loadNotFoundDocuments(process.env.NEXT_DIST_DIR || ".next");
// Compression here rather than in Next (compress: false in next.config.js), so
// that it sees pages after their script hashes are computed.
const compress = compression();
// Alone (no REDIS_URL, no shared cache), this process keeps its finished
// pages itself (scripts/lib/served-pages.mjs); MARQUEE_SERVED_PAGES_MB=0 turns
// it off. Behind nginx with several instances, the front does that job.
const servedMegabytes = Number(process.env.MARQUEE_SERVED_PAGES_MB ?? 64);
const servedPages = !process.env.REDIS_URL && servedMegabytes > 0 ? createServedPages(servedMegabytes * 1024 * 1024) : null;

// Next's answer, through compression, script hashes (and keeping the page) and the 404 document.
const toNext = (request, response) =>
  compress(request, response, () => {
    // The last wrapper sees Next's calls first: pages are hashed (and kept),
    // then a 404 shell is replaced (with the document's own hashes) on the way out.
    replaceNotFoundShell(request, response, notFoundDocuments);
    hashInlineScripts(request, response, servedPages?.watch(request, response));
    handle(request, response);
  });

const server = http.createServer((request, response) => {
  const forwarded = request.headers["x-forwarded-for"];
  const chain = Array.isArray(forwarded) ? forwarded.join(",") : forwarded;
  // Only one address goes on, the one this server believes; better-auth and
  // Next read it from here.
  request.headers["x-forwarded-for"] = clientAddress(request.socket.remoteAddress, chain, trusted);
  if (servedPages?.send(request, response, () => toNext(request, response))) return;
  toNext(request, response);
});
// Idle connections are kept longer than a front keeps its own (nginx's
// upstream keepalive_timeout is 60 s). With Node's default of 5 s, a front or
// a client can reuse a connection at the instant the server closes it, and
// that request fails with a reset: an e2e run met one after a 5-second pause.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
const origin = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
server.listen(port, host, async () => {
  await warmUp();
  console.log(`✓ Ready on ${origin}`);
});

/**
 * A new process renders its first pages several times slower than later
 * ones: V8 compiles each function when it is first called and optimises it
 * only after many calls. So before saying Ready (what a deployment or the test
 * suite waits for), it renders the home page, the first review it lists and a
 * search, twice, as a first reader would. Whatever fails here (no database
 * yet, no review) is left to the first real request.
 */
async function warmUp() {
  if (process.env.MARQUEE_WARM_UP === "0") return;
  // Ten seconds in all: a database that does not answer must not hold Ready back.
  const signal = AbortSignal.timeout(10_000);
  const get = async (path) => {
    const response = await fetch(new URL(path, origin), { signal });
    return { path: new URL(response.url).pathname, body: await response.text() };
  };
  try {
    for (let round = 0; round < 2; round++) {
      const home = await get("/");
      const review = home.body.match(/href="(\/[a-z-]+\/reviews\/[^"/?#]+)"/)?.[1];
      if (review) await get(review);
      await get(`${home.path}/search?q=film`);
    }
  } catch {
    // the first reader will meet the same error, with its proper page
  }
}
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close();
    process.exit(0);
  });
}
