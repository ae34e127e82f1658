import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDatabase } from "../scripts/lib/postgres-cluster.mjs";
import { parseQuery } from "@/lib/search/query";
import { openSearchIndex } from "@/lib/search/store";
import type { SearchIndex } from "@/lib/search/index-types";
import type { SearchDocument } from "@/lib/search/documents";

// One table of queries, run on both real indexes: SQLite FTS5 in a file, and
// pg_trgm in a real PostgreSQL database. They must find the same translations.
const texts: [string, string, string, string][] = [
  ["drive", "Drive", "Ryan Gosling · Carey Mulligan", "A getaway driver in Los Angeles. The score hums under the night."],
  ["drive-ja", "ドライヴ", "ライアン・ゴズリング", "ジョージ・スティーヴンス監督の西部劇を思わせる。愛の物語でもある。"],
  ["cleo", "Cléo de 5 à 7", "Corinne Marchand", "Paris, un après-midi d'été. 100% chanson, 0_0 rien d'autre."],
  ["ar", "درايف", "رايان غوسلينغ", "سائق في لوس أنجلوس، فيلم عن الصمت والعنف."],
  ["late", "Late", "Nobody", "Scheduled for the future: the getaway driver again."],
];
const NOW = Date.UTC(2026, 10, 26);
const docs: SearchDocument[] = texts.map(([slug, title, people, body], i) => ({
  translationId: `t-${slug}`,
  filmId: `f-${slug}`,
  filmSlug: slug,
  locale: "en",
  sourceLocale: "en",
  publishedAt: slug === "late" ? NOW + 60_000 : NOW - i * 1000,
  title,
  people,
  body,
}));

const cases: [string, string[]][] = [
  ["gosling", ["drive"]],
  ["GOSLING", ["drive"]],
  ["getaway driver", ["drive"]],
  ["ドライヴ", ["drive-ja"]],
  ["ゴズリング", ["drive-ja"]],
  ["監督", ["drive-ja"]],
  ["劇", ["drive-ja"]],
  ["愛", ["drive-ja"]],
  ["督の", ["drive-ja"]],
  ["監 ゴズリング", ["drive-ja"]],
  ["督監", []],
  // Each character and pair of these is in the text, but not the run itself:
  // the text is still checked for it, after the index's pairs.
  ["督の物", []],
  ["監督の西部劇", ["drive-ja"]],
  ["5", ["cleo"]],
  ["Lo", ["drive"]],
  ["cleo", ["cleo"]],
  ["après", ["cleo"]],
  ["apres", ["cleo"]],
  ["ＤＲＩＶＥ", ["drive"]],
  ["100%", ["cleo"]],
  ["0_0", ["cleo"]],
  ["%", []],
  ["_", []],
  ["غوسلينغ", ["ar"]],
  ["لوس أنجلوس", ["ar"]],
  ["في", ["ar"]],
  ["zzz", []],
  ['"; DROP TABLE doc; --', []],
  ["\\", []],
];

/** Film `filmId`'s one entry, published `age` ms before NOW, with the given text (else an untitled "Rain."). */
function entry(filmId: string, age: number, text: Partial<Pick<SearchDocument, "title" | "people" | "body">>): SearchDocument {
  return {
    ...docs[0]!,
    translationId: `t-${filmId}`,
    filmId,
    filmSlug: filmId,
    title: "Untitled",
    people: "",
    body: "Rain.",
    publishedAt: NOW - age,
    ...text,
  };
}

function suite(name: string, open: () => Promise<SearchIndex>) {
  describe(`search index on ${name}`, () => {
    let index: SearchIndex;
    beforeAll(async () => {
      index = await open();
      expect(index.created).toBe(true);
      await index.replaceFilmDocs(new Map(docs.map((doc) => [doc.filmId, [doc]])));
    });
    afterAll(() => index?.close());

    it.each(cases)("%s finds %j", async (raw, slugs) => {
      const found = await index.candidates(parseQuery(raw)!, NOW, 50, "en");
      expect(found.map((c) => c.filmSlug).sort()).toEqual([...slugs].sort());
    });

    it("ranks a title hit above a hit in the text, and leaves out what is scheduled", async () => {
      const found = await index.candidates(parseQuery("drive")!, NOW, 50, "en");
      expect(found.map((c) => c.filmSlug)).toEqual(["drive"]);
      // "late" is newer and matches in its text; "drive" matches in its title, so it comes first.
      expect((await index.candidates(parseQuery("drive")!, NOW + 120_000, 50, "en")).map((c) => c.filmSlug)).toEqual(["drive", "late"]);
    });

    it("ranks a short term's title hit above newer hits in the text", async () => {
      const films = new Map([
        ["titled", [entry("titled", 60_000, { title: "雪の夜", body: "物語。" })]],
        ["newer", [entry("newer", 1_000, { title: "港", body: "雪が降る。" })]],
      ]);
      await index.replaceFilmDocs(films);
      expect((await index.candidates(parseQuery("雪")!, NOW, 50, "en")).map((c) => c.filmSlug)).toEqual(["titled", "newer"]);
      await index.replaceFilmDocs(new Map([...films.keys()].map((id) => [id, []])));
    });

    it("ranks matches in the title over those in names over those in the text, whatever their age", async () => {
      const films = new Map([
        ["in-title", [entry("in-title", 90_000, { title: "Marlowe 梟", people: "Nobody" })]],
        ["in-names", [entry("in-names", 60_000, { title: "Rain", people: "Ann Marlowe · 梟田" })]],
        ["in-text", [entry("in-text", 30_000, { title: "Rain", people: "Nobody", body: "Marlowe again, 梟 again." })]],
      ]);
      await index.replaceFilmDocs(films);
      for (const term of ["marlowe", "梟"]) {
        expect((await index.candidates(parseQuery(term)!, NOW, 50, "en")).map((c) => c.filmSlug)).toEqual(["in-title", "in-names", "in-text"]);
        // With as many matches as the limit or more, the tiers are asked of the index itself.
        expect((await index.candidates(parseQuery(term)!, NOW, 2, "en")).map((c) => c.filmSlug)).toEqual(["in-title", "in-names"]);
      }
      await index.replaceFilmDocs(new Map([...films.keys()].map((id) => [id, []])));
    });

    it("puts an older title match before newer ones in names, when the newest matches are all in names", async () => {
      const films = new Map([
        ["old-title", [entry("old-title", 90_000, { title: "Quillon 鵺", people: "Nobody" })]],
        ["names-a", [entry("names-a", 20_000, { title: "Rain", people: "Ann Quillon · 鵺田" })]],
        ["names-b", [entry("names-b", 10_000, { title: "Rain", people: "Bo Quillon · 鵺川" })]],
      ]);
      await index.replaceFilmDocs(films);
      for (const term of ["quillon", "鵺"]) {
        expect((await index.candidates(parseQuery(term)!, NOW, 2, "en")).map((c) => c.filmSlug)).toEqual(["old-title", "names-b"]);
        expect((await index.candidates(parseQuery(term)!, NOW, 1, "en")).map((c) => c.filmSlug)).toEqual(["old-title"]);
      }
      await index.replaceFilmDocs(new Map([...films.keys()].map((id) => [id, []])));
    });

    it("gives the newest matches in the text by publication time, not by the order they were written", async () => {
      const zebra = { body: "A zebra crossing at dusk. 斑馬の横断歩道。" };
      // Written oldest-but-one first; two in the same second; one from before 1970.
      const order = [
        entry("middle", 50_000, zebra),
        entry("same-first", 20_000, zebra),
        entry("newest", 1_000, zebra),
        entry("archive", NOW - Date.UTC(1965, 4, 1), zebra),
        entry("same-second", 20_000, zebra),
      ];
      for (const doc of order) await index.replaceFilmDocs(new Map([[doc.filmId, [doc]]]));
      for (const term of ["zebra", "斑", "横断歩道"]) {
        const found = (await index.candidates(parseQuery(term)!, NOW, 50, "en")).map((c) => c.filmSlug);
        expect([found[0], new Set(found.slice(1, 3)), ...found.slice(3)]).toEqual([
          "newest",
          new Set(["same-first", "same-second"]),
          "middle",
          "archive",
        ]);
      }
      await index.replaceFilmDocs(new Map(order.map((doc) => [doc.filmId, []])));
    });

    it("marks the match in a snippet of the text", async () => {
      const [hit] = await index.candidates(parseQuery("night")!, NOW, 50, "en");
      expect((await index.snippets(parseQuery("night")!, [hit!.id])).get(hit!.id)).toMatch(/\uE000night\uE001/);
      const [cleo] = await index.candidates(parseQuery("apres")!, NOW, 50, "en");
      expect((await index.snippets(parseQuery("apres")!, [cleo!.id])).get(cleo!.id)).toMatch(/\uE000après\uE001/);
    });

    it("replaces a film's entries and removes them when nothing is published", async () => {
      await index.replaceFilmDocs(new Map([["f-drive", [{ ...docs[0]!, body: "Now about a stunt man." }]]]));
      expect((await index.candidates(parseQuery("stunt")!, NOW, 50, "en")).map((c) => c.filmSlug)).toEqual(["drive"]);
      expect(await index.candidates(parseQuery("getaway")!, NOW, 50, "en")).toEqual([]);
      expect(await index.liveLocales(["f-drive", "f-cleo"], NOW)).toEqual(
        new Map([
          ["f-drive", ["en"]],
          ["f-cleo", ["en"]],
        ]),
      );
      await index.replaceFilmDocs(new Map([["f-drive", []]]));
      expect(await index.candidates(parseQuery("stunt")!, NOW, 50, "en")).toEqual([]);
    });

    it("lets several drains replace the same film at once (each save drains after its answer)", async () => {
      const entry = new Map([["f-drive", [{ ...docs[0]!, body: "Twice over a stunt man." }]]]);
      await Promise.all(Array.from({ length: 4 }, () => index.replaceFilmDocs(entry)));
      expect((await index.candidates(parseQuery("twice")!, NOW, 50, "en")).map((c) => c.filmSlug)).toEqual(["drive"]);
    });

    it("gives the limit to entries the reader may be shown, not to better matches in languages they never see", async () => {
      // "both" is published in English and Japanese; its Japanese title matches, its English text does.
      // "ja-only" has no English, so its Japanese entry is the English reader's fallback.
      const entry = (filmId: string, locale: string, title: string, body: string): SearchDocument => ({
        ...docs[0]!,
        translationId: `${filmId}-${locale}`,
        filmId,
        filmSlug: filmId,
        locale,
        title,
        people: "",
        body,
      });
      const films = new Map([
        ["both", [entry("both", "en", "Harbour", "A quillon in the text."), entry("both", "ja", "Quillon 港", "港の話。")]],
        ["ja-only", [entry("ja-only", "ja", "Quillon 夜", "夜の話。")]],
        ["en-only", [entry("en-only", "en", "Still", "Another quillon in the text.")]],
      ]);
      await index.replaceFilmDocs(films);
      const shown = async (locale: string, limit: number) =>
        (await index.candidates(parseQuery("quillon")!, NOW, limit, locale)).map((c) => `${c.filmSlug}:${c.locale}`).sort();
      // Two title hits in Japanese would take both places; the English reader's two films are in its English text only.
      expect(await shown("en", 3)).toEqual(["both:en", "en-only:en", "ja-only:ja"]);
      expect(await shown("ja", 3)).toEqual(["both:ja", "en-only:en", "ja-only:ja"]);
      await index.replaceFilmDocs(new Map([...films.keys()].map((id) => [id, []])));
    });
  });
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "marquee-search-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
suite("SQLite (FTS5)", () =>
  openSearchIndex(`file:${path.join(dir, "search-test.db")}`, { ...process.env, MARQUEE_SEARCH_FILE: path.join(dir, "index.db") }),
);
suite("PostgreSQL (pg_trgm)", async () => openSearchIndex(await createDatabase(inject("postgresUrl"), "marquee_search_test")));
