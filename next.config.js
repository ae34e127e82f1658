// @ts-check
const { PHASE_PRODUCTION_SERVER } = require("next/constants");

// Reader pages are cached, so a per-request nonce is not available. For the
// cached pages, scripts/serve.mjs replaces 'unsafe-inline' with the hashes of
// each page's own inline scripts (scripts/lib/script-hashes.mjs); what is
// rendered per request (search, admin) keeps this policy. Everything else is
// locked to this origin, and frames only to YouTube's no-cookie host, which the
// trailer facade loads on demand.
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${process.env.NODE_ENV === "development" ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src https://www.youtube-nocookie.com",
  "media-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

// With REDIS_URL, every instance keeps rendered pages, feeds, sitemap parts
// and tags in one Redis (lib/cache/redis-cache-handler.mjs) and none in its
// own memory, so a save on one instance reaches readers of all of them.
// Without it, the embedded default below: one process, its memory.
const sharedCache = process.env.REDIS_URL ? { cacheHandler: require.resolve("./lib/cache/redis-cache-handler.mjs"), cacheMaxMemorySize: 0 } : {};

// Nothing a film site needs, except what the trailer's player may use once
// the reader asks for it (fullscreen, autoplay after the click, DRM'd video).
const youtube = '"https://www.youtube-nocookie.com"';
const permissionsPolicy = [
  "accelerometer=()",
  "browsing-topics=()",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "magnetometer=()",
  "microphone=()",
  "payment=()",
  "usb=()",
  `autoplay=(self ${youtube})`,
  `encrypted-media=(self ${youtube})`,
  `fullscreen=(self ${youtube})`,
  `picture-in-picture=(self ${youtube})`,
].join(", ");

// MARQUEE_HSTS=1 at build time, for a site served only over TLS (README).
const hsts = process.env.MARQUEE_HSTS === "1" ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : [];

/** @type {import('next').NextConfig} */
const nextConfig = {
  ...sharedCache,
  // Lets the test suite build into its own folder without touching the dev/start build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Several instances of one release share it (scripts/lib/instance-agreement.mjs checks).
  deploymentId: process.env.NEXT_DEPLOYMENT_ID || undefined,
  poweredByHeader: false,
  // scripts/serve.mjs compresses, after it has hashed each cached page's inline scripts.
  compress: false,
  images: {
    // Posters are uploaded at run time and served by app/media.
    localPatterns: [{ pathname: "/media/**" }],
  },
  serverExternalPackages: ["better-sqlite3"],
  turbopack: {
    // Modern browsers only (package.json "browserslist"): Next's polyfills for
    // older ones go, see lib/browser/no-polyfills.js.
    resolveAlias: { "../build/polyfills/polyfill-module": "./lib/browser/no-polyfills.js" },
  },
  experimental: {
    // Rendered pages are cached in memory only (up to Next's default 50 MB),
    // never written to disk: after a crash or restart the cache starts empty,
    // so no reader gets a copy older than the last save. The build renders
    // nothing that reads the catalog (app/[locale]/layout.tsx).
    isrFlushToDisk: false,
    // Large enough that an oversized field (over 100 KB) or poster (over 5 MB)
    // reaches the action and gets a field-level message instead of a bare error.
    // lib/action-request.ts refuses anything larger with 413 before Next reads it.
    serverActions: { bodySizeLimit: "12mb" },
    // The proxy (proxy.ts) sees every action body first; the same limit, or
    // Next would silently cut bodies at its default 10 MB.
    proxyClientMaxBodySize: "12mb",
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Content-Security-Policy", value: contentSecurityPolicy },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: permissionsPolicy },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
          { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
          ...hsts,
        ],
      },
    ];
  },
};

// next-intl's plugin points `next-intl/config` at i18n/request.ts for the
// bundler, so it is needed to build and in development. Requiring it also
// loads SWC and a file watcher (its message extractor), about 40 MB resident
// that a production server (`next start`, scripts/serve.mjs) never uses.
module.exports = (/** @type {string} */ phase) =>
  phase === PHASE_PRODUCTION_SERVER ? nextConfig : require("next-intl/plugin")("./i18n/request.ts")(nextConfig);
