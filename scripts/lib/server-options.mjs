// How the production server process starts, shared by `npm start`, the
// cluster, the benchmarks and the audit.
// - The old-space cap makes V8 collect garbage before the resident size
//   drifts up: rendered pages live in Next's own 50 MB cache, and what a
//   request allocates beyond that is short-lived.
// - MALLOC_ARENA_MAX=2: glibc gives threads that allocate (libuv's pool
//   compressing, SQLite, sharp) arenas of their own, which fragment and are
//   rarely given back; two keep the native heap compact (about 30 MB less
//   resident after the scale benchmark's load on 10,000 films).
// - MALLOC_MMAP_THRESHOLD_ fixed at 128 KiB: glibc otherwise raises the
//   threshold each time a large block is freed, so page bodies, sitemap parts
//   and compression buffers soon come from the main heap, where the holes
//   they leave are never given back. Fixed, a block that large is mapped and
//   unmapped on its own (about 45 MB less resident after the same run).
// A value set in the environment wins.
const serverNodeOptions = ["--max-old-space-size=256"];

/** `env` for a spawned `scripts/serve.mjs`: the options above added to NODE_OPTIONS. */
export function serverEnv(env) {
  return {
    MALLOC_ARENA_MAX: "2",
    MALLOC_MMAP_THRESHOLD_: "131072",
    ...env,
    NODE_OPTIONS: [env.NODE_OPTIONS, ...serverNodeOptions].filter(Boolean).join(" "),
  };
}
