import type { Locale } from "@/i18n/routing";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { awardBodyTag, genreTag, listingTag, tagOfListing } from "@/lib/cache-tags";
import { defaultLocale, locales } from "@/lib/locales";

// The vocabularies admins keep and editors pick from: awarding bodies, each
// body's award categories, and genres. Each is a key (slug) with a name per
// locale; admins add, rename, translate and merge entries
// (lib/admin/actions/managed-lists.ts). What differs between them lives here:
// their tables, what a merge moves, and which cached pages show an entry's
// name. A category list is scoped: `scope` is its body's slug ("" for the
// others).

export const LIST_KINDS = ["award-bodies", "award-categories", "genres"] as const;
export type ListKind = (typeof LIST_KINDS)[number];
export type ListEntry = { slug: string; names: Partial<Record<Locale, string>> };

type Client = Prisma.TransactionClient | typeof db;
type Ref = { id: string; slug: string };

type Store = {
  find: (tx: Client, slug: string, scope: string) => Promise<Ref | null>;
  /** Null when the scope (a category's body) is gone. */
  create: (tx: Client, slug: string, scope: string) => Promise<Ref | null>;
  /** Sets the entry's name in one locale, or removes it (null: readers get the English name). */
  name: (tx: Client, id: string, locale: Locale, name: string | null) => Promise<unknown>;
  list: (tx: Client, scope: string) => Promise<{ slug: string; translations: { locale: string; name: string }[] }[]>;
  /** Moves everything that names `from` to `into`, deletes `from`, and answers how many items moved. */
  merge: (tx: Prisma.TransactionClient, from: Ref, into: Ref) => Promise<number>;
  /** The cache tags of the pages that show an entry's name. */
  renamed: (slug: string, scope: string) => string[];
  /** … and of the pages whose content a merge changes. */
  merged: (from: string, into: string, scope: string) => string[];
};

const ref = { id: true, slug: true } as const;

const stores: Record<ListKind, Store> = {
  "award-bodies": {
    find: (tx, slug) => tx.awardBody.findUnique({ where: { slug }, select: ref }),
    create: (tx, slug) => tx.awardBody.create({ data: { slug }, select: ref }),
    name: (tx, bodyId, locale, name) =>
      name
        ? tx.awardBodyTranslation.upsert({ where: { bodyId_locale: { bodyId, locale } }, create: { bodyId, locale, name }, update: { name } })
        : tx.awardBodyTranslation.deleteMany({ where: { bodyId, locale } }),
    list: (tx) => tx.awardBody.findMany({ orderBy: { slug: "asc" }, select: { slug: true, translations: true } }),
    merge: async (tx, from, into) => {
      const { count } = await tx.award.updateMany({ where: { body: from.slug }, data: { body: into.slug } });
      // Its categories join the other body's list; one it has too (same key) keeps the other's entry.
      for (const category of await tx.awardCategory.findMany({ where: { bodyId: from.id }, select: ref })) {
        const same = await tx.awardCategory.findUnique({ where: { bodyId_slug: { bodyId: into.id, slug: category.slug } }, select: ref });
        if (same) await stores["award-categories"].merge(tx, category, same);
        else await tx.awardCategory.update({ where: { id: category.id }, data: { bodyId: into.id } });
      }
      await tx.awardBody.delete({ where: { id: from.id } });
      return count;
    },
    renamed: (slug) => [awardBodyTag(slug)],
    merged: (from, into) => [awardBodyTag(from), awardBodyTag(into)],
  },
  "award-categories": {
    find: (tx, slug, body) => tx.awardCategory.findFirst({ where: { slug, body: { slug: body } }, select: ref }),
    create: async (tx, slug, body) => {
      const parent = await tx.awardBody.findUnique({ where: { slug: body }, select: { id: true } });
      return parent && tx.awardCategory.create({ data: { slug, bodyId: parent.id }, select: ref });
    },
    name: (tx, categoryId, locale, name) =>
      name
        ? tx.awardCategoryTranslation.upsert({
            where: { categoryId_locale: { categoryId, locale } },
            create: { categoryId, locale, name },
            update: { name },
          })
        : tx.awardCategoryTranslation.deleteMany({ where: { categoryId, locale } }),
    list: (tx, body) =>
      tx.awardCategory.findMany({ where: { body: { slug: body } }, orderBy: { slug: "asc" }, select: { slug: true, translations: true } }),
    merge: async (tx, from, into) => {
      const { count } = await tx.award.updateMany({ where: { categoryId: from.id }, data: { categoryId: into.id } });
      await tx.awardCategory.delete({ where: { id: from.id } });
      return count;
    },
    // Pages name a category beside its body, and are tagged with the body.
    renamed: (_slug, body) => [awardBodyTag(body)],
    merged: (_from, _into, body) => [awardBodyTag(body)],
  },
  genres: {
    find: (tx, slug) => tx.genre.findUnique({ where: { slug }, select: ref }),
    create: (tx, slug) => tx.genre.create({ data: { slug }, select: ref }),
    name: (tx, genreId, locale, name) =>
      name
        ? tx.genreTranslation.upsert({ where: { genreId_locale: { genreId, locale } }, create: { genreId, locale, name }, update: { name } })
        : tx.genreTranslation.deleteMany({ where: { genreId, locale } }),
    list: (tx) => tx.genre.findMany({ orderBy: { slug: "asc" }, select: { slug: true, translations: true } }),
    merge: async (tx, from, into) => {
      // A film filed under both keeps one; every other film moves over. Both
      // statements filter by the two genres, never by a list of films.
      await tx.filmGenre.deleteMany({ where: { genreId: from.id, film: { genres: { some: { genreId: into.id } } } } });
      const { count } = await tx.filmGenre.updateMany({ where: { genreId: from.id }, data: { genreId: into.id } });
      await tx.genre.delete({ where: { id: from.id } });
      return count;
    },
    renamed: (slug) => [genreTag(slug), tagOfListing({ kind: "genre", slug, page: 1 }), listingTag.genreIndex],
    // The merged genre's pages and sitemap part are gone; the other's list grows.
    merged: (from, into) => [...stores.genres.renamed(from, ""), ...stores.genres.renamed(into, ""), listingTag.sitemap],
  },
};

export const listStore = (kind: ListKind) => stores[kind];

/** The whole list, for the admins who keep it and the editors who pick from it (tens of entries, not the catalog). */
export async function listEntries(kind: ListKind, scope = "", client: Client = db): Promise<ListEntry[]> {
  return (await stores[kind].list(client, scope)).map(entryOf);
}

/** A list row as admins and pickers see it: its key, and its name in each locale that has one. */
const entryOf = (row: { slug: string; translations: readonly { locale: string; name: string }[] }): ListEntry => ({
  slug: row.slug,
  names: Object.fromEntries(locales.flatMap((l) => row.translations.filter((t) => t.locale === l).map((t) => [l, t.name]))),
});

/** A list as the facts form's choices: each entry by its name in the editor's language (English when missing), in that language's order. */
export async function listOptions(kind: ListKind, locale: Locale, scope = ""): Promise<ListOption[]> {
  return optionsOf(await listEntries(kind, scope), locale);
}

export type ListOption = { value: string; label: string };

const optionsOf = (entries: ListEntry[], locale: Locale): ListOption[] =>
  entries
    .map((entry) => ({ value: entry.slug, label: entry.names[locale] ?? entry.names[defaultLocale] ?? entry.slug }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));

/** The facts form's award choices: the bodies, and each body's categories by its slug. */
export type AwardLists = { bodies: ListOption[]; categories: Record<string, ListOption[]> };

export async function awardListOptions(locale: Locale): Promise<AwardLists> {
  return { bodies: await listOptions("award-bodies", locale), categories: await categoryOptionsByBody(locale) };
}

/** Every body's categories, by body slug: one query for all of them (the lists admins keep, not the catalog). */
async function categoryOptionsByBody(locale: Locale): Promise<Record<string, ListOption[]>> {
  const rows = await db.awardCategory.findMany({ select: { slug: true, body: { select: { slug: true } }, translations: true } });
  const byBody: Record<string, ListEntry[]> = {};
  for (const row of rows) (byBody[row.body.slug] ??= []).push(entryOf(row));
  return Object.fromEntries(Object.entries(byBody).map(([body, entries]) => [body, optionsOf(entries, locale)]));
}
