// `npm run bench:markdown`: how long the reader page's markdown pipeline
// takes on the worst text a save can store, and on hostile text that is over
// the limits (shown unparsed). Prints one row per shape; the README quotes it.
import { renderToStaticMarkup } from "react-dom/server";
import { Markdown } from "../../components/review/markdown";
import { plainText } from "../../lib/markdown/plain-text";
import { markdownProblem } from "../../lib/markdown/bounds";
import { HOSTILE_UNITS, overLimit, withinLimit } from "../lib/hostile-markdown";

/** Median of three runs: one stray pause on a 2-core machine is not the pipeline's cost. */
const time = (fn: () => unknown) => {
  const runs = [0, 1, 2].map(() => {
    const started = performance.now();
    fn();
    return performance.now() - started;
  });
  return runs.sort((a, b) => a - b)[1]!;
};
const render = (text: string) =>
  renderToStaticMarkup(
    <Markdown locale="en" spoilerLabel="Spoilers">
      {text}
    </Markdown>,
  );

render("warm *up*");
plainText("warm *up*");
const rows = Object.keys(HOSTILE_UNITS).map((name) => {
  const within = withinLimit(name);
  const over = overLimit(name);
  return {
    shape: name,
    "within: KB": (within.length / 1024).toFixed(0),
    "within: page ms": time(() => render(within)).toFixed(0),
    "within: plain text ms": time(() => plainText(within)).toFixed(0),
    "over: verdict": markdownProblem(over) ?? "accepted",
    "over: page ms": time(() => render(over)).toFixed(0),
  };
});
console.table(rows);
const worst = Math.max(...rows.flatMap((row) => [Number(row["within: page ms"]), Number(row["over: page ms"])]));
console.log(`worst render of any stored text: ${worst} ms`);
