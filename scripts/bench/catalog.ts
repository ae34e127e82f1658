// A realistic synthetic catalog for benchmarks and scale tests: N films with
// four translations of about 800 words each, ten credits each, a shared pool
// of people (3 per film), genres, awards, some drafts and scheduled
// translations. Written straight into a database made by the real
// migrations (fast: one transaction, prepared statements), then indexed for
// search by the app's own indexer. Usage: tsx scripts/bench/catalog.ts N
// with DATABASE_URL pointing at a migrated, empty SQLite file.
import Database from "better-sqlite3";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { databaseUrl, isPostgresUrl, sqliteFilePath } from "@/lib/database-url";
import { copyToPostgres, settle } from "./copy-to-postgres";

const EN =
  "the a film night city driver love war light silence river memory stranger summer winter road house mother father brother sister heart story camera frame music score shadow violence quiet long short escape return secret letter train station garden sea mountain desert dream promise fire rain".split(
    " ",
  );
const FR =
  "le la un une film nuit ville amour guerre lumière silence rivière mémoire étranger été hiver route maison mère père frère sœur cœur histoire caméra musique ombre retour secret lettre train gare jardin mer montagne désert rêve promesse feu pluie".split(
    " ",
  );
const AR =
  "فيلم ليل مدينة سائق حب حرب ضوء صمت نهر ذاكرة غريب صيف شتاء طريق بيت أم أب أخ أخت قلب قصة كاميرا موسيقى ظل عودة سر رسالة قطار محطة حديقة بحر جبل صحراء حلم وعد نار مطر".split(
    " ",
  );
const JA =
  "映画 夜 都市 運転手 愛 戦争 光 沈黙 川 記憶 見知らぬ人 夏 冬 道 家 母 父 兄 姉 心 物語 カメラ 音楽 影 帰還 秘密 手紙 列車 駅 庭 海 山 砂漠 夢 約束 火 雨 監督 俳優 の が を に は と".split(
    " ",
  );
const FIRST =
  "Ava Ben Chloé Daniel Emi Farid Grace Hiro Inès Jonas Kenji Layla Marc Nadia Omar Paula Quentin Rina Sami Tomas Umi Victor Wen Yara Zoe".split(" ");
const LAST =
  "Quill Moreau Tanaka Haddad Okafor Lindqvist Varga Sato Rahimi Costa Becker Dubois Nakamura Farouk Novak Silva Kowalski Ito Mansour Berg".split(
    " ",
  );
const GENRES =
  "drama crime thriller comedy romance western animation documentary horror science-fiction war musical mystery fantasy family history biography sport adventure noir".split(
    " ",
  );
const LOCALES = ["en", "ja", "fr", "ar"] as const;

/** A small deterministic generator, so every run makes the same catalog. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}
const random = rng(20261125);
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
const words = (list: readonly string[], n: number, joiner = " ") => Array.from({ length: n }, () => pick(list)).join(joiner);
const iso = (d: Date) => d.toISOString().replace("Z", "+00:00");

function paragraphs(locale: (typeof LOCALES)[number], wanted: number, scale = 1): string {
  const totalWords = Math.max(3, Math.round(wanted * scale));
  const list = { en: EN, fr: FR, ar: AR, ja: JA }[locale];
  const joiner = locale === "ja" ? "" : " ";
  const out: string[] = [];
  for (let left = totalWords; left > 0; left -= 80) out.push(words(list, Math.min(80, left), joiner) + (locale === "ja" ? "。" : "."));
  return out.join("\n\n");
}

/** `textScale` shrinks the review texts (tests want the shape of a catalog, not its megabytes). */
export function generateCatalog(file: string, films: number, textScale = 1) {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  const now = Date.now();
  const stmt = (sql: string) => db.prepare(sql);
  const insertGenre = stmt('INSERT INTO "Genre" (id, slug) VALUES (?, ?)');
  const insertGenreName = stmt('INSERT INTO "GenreTranslation" (genreId, locale, name) VALUES (?, ?, ?)');
  const insertPerson = stmt('INSERT INTO "Person" (id, slug, name) VALUES (?, ?, ?)');
  const insertFilm = stmt(`INSERT INTO "Film" (id, slug, originalTitle, originalLang, year, runtimeMinutes, ratingHalves,
    trailerProvider, trailerVideoId, trailerTitle, sourceLocale, criticName, version, createdAt, updatedAt, listedAt)
    VALUES (?, ?, ?, 'en', ?, ?, ?, 'youtube', 'KBiOF3y1W0Y', ?, 'en', 'Ava Quill', 1, ?, ?, ?)`);
  const insertFilmGenre = stmt('INSERT INTO "FilmGenre" (filmId, genreId, position) VALUES (?, ?, ?)');
  const insertCountry = stmt('INSERT INTO "FilmCountry" (filmId, code, position) VALUES (?, ?, 0)');
  const insertCredit = stmt('INSERT INTO "Credit" (id, filmId, personId, role, character, position) VALUES (?, ?, ?, ?, ?, ?)');
  const insertAward = stmt(
    "INSERT INTO \"Award\" (id, filmId, personId, body, year, edition, result, categoryId, position) VALUES (?, ?, ?, 'cannes', ?, ?, ?, 'best-director', 0)",
  );
  const insertText = stmt(`INSERT INTO "ReviewTranslation" (id, filmId, locale, status, title, excerpt, synopsis, commentary,
    contentWarning, musicNotes, publishedAt, version, textVersion, sourceVersion, createdAt, updatedAt)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1, ?, ?, ?)`);
  const queue = stmt('INSERT INTO "SearchQueue" (filmId, version) VALUES (?, 0)');

  db.transaction(() => {
    // Every award is Cannes' Best Director, named in each locale as the lists name it.
    stmt(`INSERT OR IGNORE INTO "AwardBody" (id, slug) VALUES ('cannes', 'cannes')`).run();
    stmt(`INSERT OR IGNORE INTO "AwardCategory" (id, bodyId, slug) VALUES ('best-director', 'cannes', 'best-director')`).run();
    for (const locale of LOCALES) {
      stmt("INSERT OR IGNORE INTO \"AwardBodyTranslation\" (bodyId, locale, name) VALUES ('cannes', ?, ?)").run(
        locale,
        `Cannes Film Festival (${locale})`,
      );
      stmt("INSERT OR IGNORE INTO \"AwardCategoryTranslation\" (categoryId, locale, name) VALUES ('best-director', ?, ?)").run(
        locale,
        `Best Director (${locale})`,
      );
    }
    GENRES.forEach((slug, i) => {
      insertGenre.run(`g${i}`, slug);
      for (const locale of LOCALES) insertGenreName.run(`g${i}`, locale, locale === "en" ? slug : `${slug} (${locale})`);
    });
    const peopleCount = Math.max(30, films * 3);
    for (let i = 0; i < peopleCount; i++) insertPerson.run(`p${i}`, `person-${i}`, `${pick(FIRST)} ${pick(LAST)} ${i}`);
    for (let i = 0; i < films; i++) {
      const id = `f${i}`;
      // Published one every few hours, newest last; a few scheduled into the future.
      const first = now - (films - i) * 3 * 3600_000 + (i % 97 === 0 ? 7 * 86400_000 : 0);
      const year = 1930 + (i % 95);
      const title = `${words(EN, 2)} ${i}`.replace(/^./, (c) => c.toUpperCase());
      insertFilm.run(
        id,
        `film-${i}`,
        title,
        year,
        80 + (i % 90),
        1 + (i % 10),
        `${title} – Trailer`,
        iso(new Date(first)),
        iso(new Date(first)),
        iso(new Date(first)),
      );
      insertCountry.run(id, pick(["US", "FR", "JP", "IR", "GB", "DE"]));
      const genres = new Set([pick(GENRES), pick(GENRES)]);
      [...genres].forEach((g, position) => insertFilmGenre.run(id, `g${GENRES.indexOf(g)}`, position));
      const roles = ["director", "writer", ...Array(8).fill("cast")] as string[];
      roles.forEach((role, position) => {
        const person = `p${Math.floor(random() * peopleCount)}`;
        insertCredit.run(`c${i}-${position}`, id, person, role, role === "cast" ? `${pick(FIRST)} ${words(EN, 1)}` : null, position);
      });
      if (i % 3 === 0) {
        insertAward.run(`a${i}`, id, `p${Math.floor(random() * peopleCount)}`, year + 1, year - 1946, i % 2 ? "won" : "nominated");
      }
      LOCALES.forEach((locale, n) => {
        // Most films are in every language; some translations are drafts, a few are missing.
        if (n > 0 && i % 11 === n) return;
        const draft = n > 0 && i % 7 === n;
        const published = iso(new Date(first + n * 86400_000));
        const text = locale === "en" ? title : `${title} (${locale})`;
        insertText.run(
          `t${i}-${locale}`,
          id,
          locale,
          draft ? "draft" : "published",
          text,
          paragraphs(locale, 40, textScale),
          paragraphs(locale, 220, textScale),
          paragraphs(locale, 500, textScale),
          i % 5 ? null : paragraphs(locale, 20, textScale),
          i % 4 ? null : paragraphs(locale, 30, textScale),
          draft ? null : published,
          locale === "en" ? null : 1,
          published,
          published,
        );
      });
      queue.run(id);
    }
  })();
  // listedAt (and its copy on FilmGenre), titles and translationCount are derived data: the same rules as lib/editorial/film-change.ts.
  db.exec(`UPDATE "Film" SET "listedAt" = (SELECT MIN(t."publishedAt") FROM "ReviewTranslation" t
    WHERE t."filmId" = "Film"."id" AND t."status" = 'published' AND t."publishedAt" IS NOT NULL),
    "titles" = lower("originalTitle" || (SELECT char(10) || group_concat(t."title", char(10)) FROM "ReviewTranslation" t WHERE t."filmId" = "Film"."id")),
    "translationCount" = (SELECT COUNT(*) FROM "ReviewTranslation" t WHERE t."filmId" = "Film"."id")`);
  db.exec(`UPDATE "FilmGenre" SET "listedAt" = (SELECT f."listedAt" FROM "Film" f WHERE f."id" = "FilmGenre"."filmId")`);
  db.close();
}

async function main(films: number) {
  const started = Date.now();
  const url = databaseUrl();
  if (isPostgresUrl(url)) {
    // Written into a SQLite file made from the SQLite migrations, then copied
    // table by table into the migrated PostgreSQL database.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "marquee-catalog-"));
    const file = path.join(dir, "catalog.db");
    execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: `file:${file}` }, stdio: "ignore" });
    generateCatalog(file, films);
    const rows = await copyToPostgres(file, url);
    fs.rmSync(dir, { recursive: true, force: true });
    console.log(`Copied ${rows} rows into PostgreSQL.`);
  } else {
    generateCatalog(sqliteFilePath(url), films);
  }
  console.log(`Generated ${films} films in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  if (process.argv.includes("--no-search")) return;
  const { drainSearchQueue } = await import("@/lib/search/queue");
  const indexed = await drainSearchQueue();
  if (isPostgresUrl(url)) await settle(url);
  console.log(`Indexed ${indexed} films for search in ${((Date.now() - started) / 1000).toFixed(1)} s in all.`);
  if (process.argv.includes("--accounts")) await (await import("../../prisma/seed/accounts")).seedAccounts();
}

if (process.argv[1]?.endsWith("catalog.ts")) {
  main(Number(process.argv[2] ?? 10_000)).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
