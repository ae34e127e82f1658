import { describe, expect, it } from "vitest";
import { changedTags } from "@/lib/editorial/film-change";
import { frontPathsFor } from "@/lib/editorial/front-refresh";
import type { FilmPlaces } from "@/lib/film-places";

const drive: FilmPlaces = {
  slug: "drive",
  year: 2011,
  listedAt: new Date("2026-09-14T09:00:00Z"),
  genres: ["crime", "drama"],
  people: ["ryan-gosling"],
};

describe("what a save revalidates", () => {
  it("a text edit: the film's own pages, the feeds, the sitemap and the two indexes, no listing", () => {
    expect(changedTags(drive, { ...drive }).sort()).toEqual(["feeds", "film:drive", "index:genres", "index:years", "sitemap"]);
  });

  it("a first publication: every listing the film enters", () => {
    const tags = changedTags({ ...drive, listedAt: null }, drive);
    expect(tags).toEqual(
      expect.arrayContaining([
        "list:home",
        "list:genre:crime",
        "list:genre:drama",
        "list:person:ryan-gosling",
        "list:year:2011",
        "list:decade:2010",
        "index:genres",
        "index:years",
      ]),
    );
  });

  it("new facts: the listings the film leaves as well as those it joins", () => {
    const tags = changedTags(drive, { ...drive, year: 1999, genres: ["crime"], people: ["carey-mulligan"] });
    for (const tag of [
      "list:year:2011",
      "list:year:1999",
      "list:decade:2010",
      "list:decade:1990",
      "list:genre:drama",
      "list:person:ryan-gosling",
      "list:person:carey-mulligan",
    ]) {
      expect(tags).toContain(tag);
    }
  });

  it("a new slug: the old address and the new one", () => {
    expect(changedTags(drive, { ...drive, slug: "drive-2011" })).toEqual(expect.arrayContaining(["film:drive", "film:drive-2011"]));
  });
});

describe("what a save refreshes at the caching front at once", () => {
  it("the film's review in every locale, the home pages and the feeds; nothing for the other listings", () => {
    const paths = frontPathsFor(changedTags({ ...drive, listedAt: null }, drive));
    expect(paths.sort()).toEqual(
      ["/ar", "/en", "/fr", "/ja", ...["ar", "en", "fr", "ja"].flatMap((l) => [`/${l}/feed.xml`, `/${l}/reviews/drive`])].sort(),
    );
  });
});
