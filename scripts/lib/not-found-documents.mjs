// Real 404 pages for readers without JavaScript and for crawlers.
//
// When a page calls notFound() on a route rendered on demand, Next answers 404
// with an empty `<html id="__next_error__">` shell whose content only its
// client-side JavaScript fills in: no text, no lang, a generic title
// (vercel/next.js#95613, #97000). The build prerenders the localized 404 page
// of every locale (app/[locale]/page-not-found); the server sends that
// document, still with status 404 and Next's headers, in place of the shell.
// Client-side navigations (RSC requests) are left to Next, which renders the
// same page in the browser.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { inlineScriptHashes, withScriptHashes } from "./script-hashes.mjs";

const DOCUMENT = "page-not-found";
/** Headers that described Next's body, not the document sent instead. */
const BODY_HEADERS = ["content-encoding", "content-length", "etag", "transfer-encoding"];

/** A document's bytes, and the CSP hashes of its inline scripts. */
const readDocument = (file) => {
  const body = fs.readFileSync(file);
  return { body, hashes: inlineScriptHashes(body.toString("utf8")) };
};

/** Each locale's prerendered 404 document, and the language-neutral one under "". */
export function loadNotFoundDocuments(distDir) {
  const appDir = path.join(distDir, "server", "app");
  const documents = new Map();
  if (!fs.existsSync(appDir)) return documents;
  for (const entry of fs.readdirSync(appDir, { withFileTypes: true })) {
    const file = path.join(appDir, entry.name, `${DOCUMENT}.html`);
    if (entry.isDirectory() && fs.existsSync(file)) documents.set(entry.name, readDocument(file));
  }
  const neutral = path.join(appDir, "_not-found.html");
  if (fs.existsSync(neutral)) documents.set("", readDocument(neutral));
  return documents;
}

/**
 * Watches `response` for this request: a 404 HTML document from Next is
 * replaced by the prerendered one for the path's locale. Call before handing
 * the request to Next.
 */
export function replaceNotFoundShell(request, response, documents) {
  if (documents.size === 0 || !["GET", "HEAD"].includes(request.method ?? "") || request.headers.rsc) return;
  const pathname = (request.url ?? "/").split("?")[0];
  const locale = pathname.split("/")[1] ?? "";
  // The document's own address exists only to be prerendered: it answers 404 too.
  const direct = documents.has(locale) && locale !== "" && pathname === `/${locale}/${DOCUMENT}`;
  const document = documents.get(locale) ?? documents.get("");
  const writeHead = response.writeHead;
  let replaced = false;

  // Every way Node sends headers (write, end, flushHeaders) goes through
  // writeHead, so the decision is made once, here, before any body byte.
  response.writeHead = function (status, ...rest) {
    response.writeHead = writeHead;
    const headers = rest.find((arg) => arg && typeof arg === "object" && !Array.isArray(arg)) ?? {};
    const type = String(headers["content-type"] ?? headers["Content-Type"] ?? response.getHeader("content-type") ?? "");
    if (direct && status === 200) return writeHead.call(this, 404, ...rest);
    if (status !== 404 || !type.startsWith("text/html")) return writeHead.call(this, status, ...rest);
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    for (const name of BODY_HEADERS) response.removeHeader(name);
    response.setHeader("content-length", document.body.length);
    const policy = response.getHeader("content-security-policy");
    if (policy) response.setHeader("content-security-policy", withScriptHashes(String(policy), document.hashes));
    replaced = true;
    // Past every wrapper (serve.mjs's compression and script hashing) straight to Node's response.
    http.ServerResponse.prototype.writeHead.call(this, 404);
    http.ServerResponse.prototype.end.call(this, request.method === "HEAD" ? undefined : document.body);
    return this;
  };
  // Once the document is sent, Next's own body goes nowhere.
  const write = response.write;
  const end = response.end;
  response.write = function (...args) {
    if (!replaced) return write.apply(this, args);
    args.find((arg) => typeof arg === "function")?.();
    return true;
  };
  response.end = function (...args) {
    if (!replaced) return end.apply(this, args);
    args.find((arg) => typeof arg === "function")?.();
    return this;
  };
}
