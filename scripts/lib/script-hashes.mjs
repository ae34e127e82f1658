// A Content-Security-Policy without 'unsafe-inline' for scripts, on the pages
// everyone is served.
//
// Next writes its bootstrap and the page's RSC payload as inline <script>
// elements. A nonce cannot cover them on cached pages (the same bytes go to
// every reader), and their content differs per page, so no fixed list of
// hashes in next.config.js can either. Instead the server hashes the inline
// scripts of each cached HTML page as it sends it and names exactly those
// hashes in script-src, dropping 'unsafe-inline'. Responses rendered per
// request (search, the admin area) keep streaming, under the next.config.js
// policy. The front (nginx) caches the page with its header, so the two always
// match.
import crypto from "node:crypto";

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
/** Script types the browser runs; anything else (JSON-LD) is data, outside script-src. */
const EXECUTABLE = /^(?:|text\/javascript|application\/javascript|module)$/i;

/** CSP source expressions for every inline script `html` runs. */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const [, attributes, body] of html.matchAll(INLINE_SCRIPT)) {
    if (/\ssrc\s*=/i.test(attributes)) continue;
    const type = attributes.match(/\stype\s*=\s*["']?([^"'\s>]*)/i)?.[1] ?? "";
    if (!EXECUTABLE.test(type)) continue;
    hashes.add(`'sha256-${crypto.createHash("sha256").update(body, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

/** `policy` with script-src allowing exactly `hashes` inline, instead of any inline script. */
export function withScriptHashes(policy, hashes) {
  return policy.replace(/(^|;\s*)script-src ([^;]*)/, (_, start, sources) => {
    const kept = sources.split(/\s+/).filter((source) => source && source !== "'unsafe-inline'");
    return `${start}script-src ${[...kept, ...hashes].join(" ")}`;
  });
}

/** Paths of pages (no file extension, not Next's or the API's), the only ones worth holding back. */
export function isPagePath(url = "/") {
  const pathname = url.split("?")[0];
  return !/^\/(?:_next|api|media)\//.test(pathname) && !/\.[a-z0-9]+$/i.test(pathname);
}

/**
 * For a GET of a page: when Next answers with a cached HTML page
 * (x-nextjs-cache), hold the body back, then send it with the hashes of its
 * inline scripts in the policy. Call before handing the request to Next, and
 * below any compression, which must see the final bytes. `keep`, when given,
 * gets the finished page (status, headers, body) as it is sent.
 * @param {import("node:http").IncomingMessage} request
 * @param {import("node:http").ServerResponse} response
 * @param {((status: number, headers: import("node:http").OutgoingHttpHeaders, body: Buffer) => void) | null} [keep]
 */
export function hashInlineScripts(request, response, keep = null) {
  if (request.method !== "GET" || request.headers.rsc || !isPagePath(request.url)) return;
  const { writeHead, write, end, flushHeaders } = response;
  /** "pass" or "hold", decided on Next's first call, when its headers are set. */
  let mode = null;
  const chunks = [];
  let head = null;
  const decide = () => {
    if (mode) return mode;
    const type = String(response.getHeader("content-type") ?? "");
    // A 404 shell is left to scripts/lib/not-found-documents.mjs, which sends another document.
    const cached =
      response.statusCode !== 404 &&
      type.startsWith("text/html") &&
      response.getHeader("x-nextjs-cache") &&
      response.getHeader("content-security-policy");
    mode = cached ? "hold" : "pass";
    return mode;
  };
  const hold = (chunk, encoding) => {
    if (chunk && typeof chunk !== "function") chunks.push(Buffer.from(chunk, typeof encoding === "string" ? encoding : undefined));
  };
  const callbackOf = (...args) => args.find((arg) => typeof arg === "function");

  // Every way Node sends headers (write, end, flushHeaders) goes through
  // writeHead; while holding, nothing reaches the client until end().
  response.writeHead = function (status, ...rest) {
    if (decide() === "pass") return writeHead.call(this, status, ...rest);
    head = { status, rest };
    return this;
  };
  response.flushHeaders = function () {
    if (decide() === "pass") return flushHeaders.call(this);
  };
  response.write = function (chunk, encoding, callback) {
    if (decide() === "pass") return write.apply(this, arguments);
    hold(chunk, encoding);
    callbackOf(encoding, callback)?.();
    return true;
  };
  response.end = function (chunk, encoding, callback) {
    if (decide() === "pass") return end.apply(this, arguments);
    hold(chunk, encoding);
    const body = Buffer.concat(chunks);
    const policy = String(response.getHeader("content-security-policy"));
    response.setHeader("content-security-policy", withScriptHashes(policy, inlineScriptHashes(body.toString("utf8"))));
    // Only if Next set one: removing it when absent tells Node not to use
    // chunked encoding, so a compressed body (no length) would be delimited by
    // closing the connection, one TCP connection per page.
    if (response.hasHeader("transfer-encoding")) response.removeHeader("transfer-encoding");
    response.setHeader("content-length", body.length);
    mode = "pass";
    const status = head?.status ?? response.statusCode;
    // Headers handed to writeHead itself are not in getHeaders(): such a page is not kept.
    if (keep && !head?.rest.some((arg) => typeof arg === "object")) keep(status, response.getHeaders(), body);
    writeHead.call(this, status, ...(head?.rest ?? []));
    return end.call(this, body, callbackOf(chunk, encoding, callback));
  };
}
