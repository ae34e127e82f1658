import { describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { MARK_END, MARK_START, MAX_QUERY_CHARS, parseQuery, snippetAround } from "@/lib/search/query";

// A real FTS5 trigram table, as lib/search/index.ts makes it, to run parsed queries against.
const db = new Database(":memory:");
db.exec("CREATE VIRTUAL TABLE entry USING fts5(title, people, body, tokenize = 'trigram remove_diacritics 1')");
const rows = [
  ["Drive", "Ryan Gosling", "A getaway driver in Los Angeles."],
  ["ドライヴ", "ライアン・ゴズリング", "ジョージ・スティーヴンス監督の西部劇"],
  ["Cléo de 5 à 7", "Corinne Marchand", "Paris, un après-midi d'été."],
];
for (const row of rows) db.prepare("INSERT INTO entry VALUES (?, ?, ?)").run(...row);

function search(raw: string): string[] {
  const q = parseQuery(raw);
  if (!q) return [];
  const where = [q.match ? "entry MATCH ?" : "1", ...q.likes.map(() => "(title || people || body) LIKE ? ESCAPE '\\'")];
  const params = [...(q.match ? [q.match] : []), ...q.likes];
  return (db.prepare(`SELECT title FROM entry WHERE ${where.join(" AND ")}`).all(...params) as { title: string }[]).map((r) => r.title);
}

describe("search query parsing", () => {
  it("matches by substring in any script, case and accents aside", () => {
    expect(search("gosling")).toEqual(["Drive"]);
    expect(search("ドライヴ")).toEqual(["ドライヴ"]);
    expect(search("監督")).toEqual(["ドライヴ"]);
    expect(search("cleo")).toEqual(["Cléo de 5 à 7"]);
    expect(search("ＤＲＩＶＥ")).toEqual(["Drive"]);
  });

  it("treats every character as text, never as FTS5 or SQL syntax", () => {
    for (const hostile of ['"', "NEAR(a b)", "a OR b", "dri*", "^drive", "title:drive", "'); DROP TABLE entry; --", "%", "_", "\\", "(((", "AND", "🎬🍿", "\u0000x"]) {
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

  it("marks short-term matches in snippets made without FTS5", () => {
    expect(snippetAround("ジョージ・スティーヴンス監督の西部劇", ["監督"], 3)).toBe(`…ヴンス${MARK_START}監督${MARK_END}の西部…`);
  });
});
