import crypto from "node:crypto";
import { revalidateTags } from "@/lib/editorial/revalidate";
import { dueTranslationTags } from "@/lib/editorial/film-change";
import { db } from "@/lib/db";
import { locales } from "@/lib/locales";
import type { Locale } from "@/i18n/routing";
import { sweepToken } from "@/lib/scheduler";

/** How many films one sweep revalidates; the rest wait for the next sweep. */
const MAX_FILMS = 200;

/**
 * Called by this process's own sweep (lib/scheduler.ts): revalidates the pages
 * of every translation whose scheduled time fell in (since, until].
 */
export async function POST(request: Request) {
  const given = Buffer.from(request.headers.get("authorization") ?? "");
  const expected = Buffer.from(`Bearer ${sweepToken()}`);
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) {
    return new Response("Not found", { status: 404 });
  }
  const body = (await request.json().catch(() => null)) as { since?: unknown; until?: unknown } | null;
  const since = Number(body?.since);
  const until = Number(body?.until);
  if (!Number.isFinite(since) || !Number.isFinite(until)) return new Response("Bad request", { status: 400 });
  // Per locale, so each read is a range of the (locale, status, publishedAt) index.
  const perLocale = await Promise.all(
    locales.map((locale) =>
      db.reviewTranslation.findMany({
        where: { locale, status: "published", publishedAt: { gt: new Date(since), lte: new Date(until) }, film: { deletedAt: null } },
        orderBy: { publishedAt: "asc" },
        take: MAX_FILMS,
        select: { filmId: true, locale: true, publishedAt: true },
      }),
    ),
  );
  const due = perLocale
    .flat()
    .sort((a, b) => a.publishedAt!.getTime() - b.publishedAt!.getTime())
    .slice(0, MAX_FILMS);
  const byFilm = new Map<string, { locale: Locale; publishedAt: Date }[]>();
  for (const t of due) byFilm.set(t.filmId, [...(byFilm.get(t.filmId) ?? []), { locale: t.locale as Locale, publishedAt: t.publishedAt! }]);
  const tags = new Set<string>();
  for (const [filmId, translations] of byFilm) {
    for (const tag of await dueTranslationTags(db, filmId, translations, new Date(since))) tags.add(tag);
  }
  revalidateTags([...tags]);
  // Cut short: the next sweep starts where this one stopped.
  const reached = due.length === MAX_FILMS ? due.at(-1)!.publishedAt!.getTime() : until;
  return Response.json({ films: byFilm.size, reached });
}
