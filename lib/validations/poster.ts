// Limits of a poster upload, shared by the upload form (checked before
// sending) and the server action (checked again from the bytes).
export const POSTER_MAX_BYTES = 5 * 1024 * 1024;
export const POSTER_TYPES = ["image/jpeg", "image/png", "image/webp"] as const;
