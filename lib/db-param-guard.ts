import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";

// A test and benchmark guard (MARQUEE_MAX_QUERY_PARAMS): refuses any SQL
// statement that binds more values than the limit. Prisma turns nested reads
// into `IN (...)` lists with one value per parent row, so a read over a
// growing set of rows shows up here long before it reaches SQLite's or
// PostgreSQL's own limits. It also records the largest count seen, and each
// distinct statement, whose query plans the SQLite scale test checks.

export const paramStats = { max: 0, sql: "", statements: new Set<string>() };
/** Distinct statement texts kept for tests/scale-limits.test.ts's query-plan check; a bound so a long benchmark cannot grow it. */
const MAX_STATEMENTS = 5_000;

type Query = { sql: string; args: unknown[] };

function guard<T extends object>(target: T, limit: number): T {
  return new Proxy(target, {
    get(object, key, receiver) {
      const value = Reflect.get(object, key, receiver);
      if (typeof value !== "function") return value;
      if (key === "queryRaw" || key === "executeRaw") {
        return (query: Query) => {
          if (query.args.length > paramStats.max) Object.assign(paramStats, { max: query.args.length, sql: query.sql });
          if (paramStats.statements.size < MAX_STATEMENTS) paramStats.statements.add(query.sql);
          if (query.args.length > limit) {
            throw new Error(`Query binds ${query.args.length} values (limit ${limit}): ${query.sql.slice(0, 200)}`);
          }
          return value.call(object, query);
        };
      }
      if (key === "startTransaction" || key === "connect") {
        return async (...args: unknown[]) => guard(await value.apply(object, args), limit);
      }
      return value.bind(object);
    },
  });
}

export function withParamGuard<T extends SqlDriverAdapterFactory>(factory: T, limit: number | undefined): T {
  return limit && limit > 0 ? guard(factory, limit) : factory;
}
