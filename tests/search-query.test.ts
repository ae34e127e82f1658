import { describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { gramText } from "@/lib/search/grams";
import { MARK_END, MARK_START, MAX_QUERY_CHARS, parseQuery, snippetAround } from "@/lib/search/query";

// Real FTS5 tables, as lib/search/store.ts makes them, to run parsed queries against.
const db = new Database(":memory:");
db.exec("CREATE VIRTUAL TABLE entry USING fts5(title, people, body, tokenize = 'trigram remove_diacritics 1')");
db.exec("CREATE VIRTUAL TABLE gram USING fts5(text, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2')");
const rows = [
  ["Drive", "Ryan Gosling", "A getaway driver in Los Angeles."],
  ["ドライヴ", "ライアン・ゴズリング", "ジョージ・スティーヴンス監督の西部劇"],
  ["Cléo de 5 à 7", "Corinne Marchand", "Paris, un après-midi d'été."],
];
rows.forEach((row, i) => {
  db.prepare("INSERT INTO entry (rowid, title, people, body) VALUES (?, ?, ?, ?)").run(i + 1, ...row);
  db.prepare("INSERT INTO gram (rowid, text) VALUES (?, ?)").run(i + 1, gramText(row.join(" ")));
});

function search(raw: string): string[] {
  const q = parseQuery(raw);
  if (!q) return [];
  const where = [q.match ? "entry MATCH ?" : "1", ...(q.grams ? ["rowid IN (SELECT rowid FROM gram WHERE gram MATCH ?)"] : [])];
  const params = [...(q.match ? [q.match] : []), ...(q.grams ? [q.grams] : [])];
  return (db.prepare(`SELECT title FROM entry WHERE ${where.join(" AND ")}`).all(...params) as { title: string }[]).map((r) => r.title);
}

describe("search query parsing", () => {
  it("matches by substring in any script, case and accents aside", () => {
    expect(search("gosling")).toEqual(["Drive"]);
    expect(search("ドライヴ")).toEqual(["ドライヴ"]);
    expect(search("監督")).toEqual(["ドライヴ"]);
    expect(search("劇")).toEqual(["ドライヴ"]);
    expect(search("督の")).toEqual(["ドライヴ"]);
    expect(search("監 ゴズリング")).toEqual(["ドライヴ"]);
    expect(search("督監")).toEqual([]);
    expect(search("5")).toEqual(["Cléo de 5 à 7"]);
    expect(search("Lo")).toEqual(["Drive"]);
    expect(search("cleo")).toEqual(["Cléo de 5 à 7"]);
    expect(search("ＤＲＩＶＥ")).toEqual(["Drive"]);
  });

  it("treats every character as text, never as FTS5 or SQL syntax", () => {
    for (const hostile of [
      '"',
      "NEAR(a b)",
      "a OR b",
      "dri*",
      "^drive",
      "title:drive",
      "'); DROP TABLE entry; --",
      "%",
      "_",
      "\\",
      "(((",
      "AND",
      "🎬🍿",
      "\u0000x",
    ]) {
      expect(() => search(hostile), hostile).not.toThrow();
    }
    expect(search("%")).toEqual([]);
    expect(search("dri*")).toEqual([]);
  });

  it("cuts very long input and says so", () => {
    const q = parseQuery("x".repeat(10_000))!;
    expect(Array.from(q.text)).toHaveLength(MAX_QUERY_CHARS);
    expect(q.truncated).toBe(true);
    expect(parseQuery("   ")).toBeNull();
    expect(parseQuery(["first", "second"])!.text).toBe("first");
  });

  it("writes runs of scripts without spaces as characters and pairs", () => {
    expect(gramText("監督の Drive")).toBe(" 監 督 の 監督 督の  Drive");
  });

  it("marks short-term matches in snippets made without FTS5", () => {
    expect(snippetAround("ジョージ・スティーヴンス監督の西部劇", ["監督"], 3)).toBe(`…ヴンス${MARK_START}監督${MARK_END}の西部…`);
    // Case and accents aside, as the indexes match.
    expect(snippetAround("Paris, un après-midi d'été.", ["APRES"], 5)).toBe(`…, un ${MARK_START}après${MARK_END}-midi…`);
  });
});
