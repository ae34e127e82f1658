// Short queries. The trigram index needs three characters, but Japanese and
// Chinese words are often one or two (愛, 監督), and there are no spaces to
// split them. So each indexed text also goes into a second FTS5 table
// (unicode61 tokenizer) in which every run of such characters is written
// out as its single characters and its pairs: 監督の西部劇 → 監 督 の 西 部 劇
// 監督 督の の西 西部 部劇. A one- or two-character query is then one exact
// token lookup. Other scripts keep their words, which short terms match by prefix.

const GRAM_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}ー々〆]+/gu;

/** Whether a term is written in a script without spaces between words. */
export function isGramScript(term: string): boolean {
  return term.replace(GRAM_RUN, "") === "" && term.length > 0;
}

/** The text as the gram table indexes it. */
export function gramText(text: string): string {
  return text.normalize("NFKC").replace(GRAM_RUN, (run) => {
    const chars = Array.from(run);
    const pairs = chars.slice(1).map((c, i) => chars[i] + c);
    return ` ${[...chars, ...pairs].join(" ")} `;
  });
}
