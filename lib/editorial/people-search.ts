import { databaseKind, db } from "@/lib/db";

/** How long a typed query may be: longer input is cut, never an error. */
export const PEOPLE_QUERY_MAX = 100;

/**
 * People whose credited or localized name contains the query ("ゴズリング"
 * finds Ryan Gosling through his Japanese name), in name order, at most
 * `take`: the picker's suggestions and the admin's people search.
 */
export async function searchPeople(query: string, take: number) {
  const text = query.trim().slice(0, PEOPLE_QUERY_MAX);
  if (!text) return [];
  // SQLite's LIKE ignores ASCII case already; PostgreSQL is told to.
  const contains = { contains: text, ...(databaseKind === "postgres" ? { mode: "insensitive" as const } : {}) };
  const people = await db.person.findMany({
    where: { OR: [{ name: contains }, { translations: { some: { name: contains } } }] },
    orderBy: { name: "asc" },
    take,
    select: { slug: true, name: true, translations: { select: { name: true } } },
  });
  return people.map((p) => ({ slug: p.slug, name: p.name, names: p.translations.map((t) => t.name) }));
}
