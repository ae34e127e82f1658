import { parseQuery } from "@/lib/search/query";
import { searchReviews } from "@/lib/search/search";
async function main() {
  for (const q of ["driver", "監督", "夜", "記憶の", "' OR 1=1 --"]) {
    const t = Date.now();
    const r = await searchReviews(parseQuery(q)!, "en", 1);
    console.log(q, r.total, r.results.length, Date.now() - t, "ms", r.results[0]?.snippet?.slice(0, 80));
  }
}
main().catch((e) => { console.error(e); process.exit(1); });
