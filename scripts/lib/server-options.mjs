// Node options for the production server, shared by `npm start` and the
// scale benchmark. The old-space cap makes V8 collect
// garbage before the resident size drifts up: rendered pages live in Next's
// own 50 MB cache, and what a request allocates beyond that is short-lived.
export const serverNodeOptions = ["--max-old-space-size=256"];
