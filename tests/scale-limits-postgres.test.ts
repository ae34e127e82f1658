export {};
// The scale-limits reads, on PostgreSQL: the same catalog, copied from SQLite
// into a database made from the PostgreSQL migrations.
process.env.MARQUEE_SCALE_DATABASE = "postgres";
await import("./scale-limits.test");
