import { describe, expect, it } from "vitest";
import { isoDuration, jsonLdScript, reviewJsonLd, type ReviewJsonLdInput } from "@/lib/seo/review-json-ld";
import { structuredDataErrors } from "../e2e/structured-data";

const bare: ReviewJsonLdInput = {
  url: "https://marquee.example/en/reviews/bare",
  locale: "en",
  title: "Bare",
  originalTitle: "Bare",
  year: 1999,
  runtimeMinutes: 45,
  description: "A film with nothing extra.",
  genres: [],
  imageUrl: null,
  directors: [{ name: "A. Director", url: "https://marquee.example/en/people/a-director" }],
  cast: [],
  ratingHalves: null,
  awards: [],
  trailer: null,
  sameAs: [],
  createdAt: new Date("2026-01-01T00:00:00Z"),
  publishedAt: new Date("2026-01-02T00:00:00Z"),
  criticName: "Hana Lefèvre",
  publisher: { name: "Marquee", url: "https://marquee.example/en" },
};

describe("review JSON-LD builder", () => {
  it("builds a valid CriticReview of a Movie with no poster, rating or trailer", () => {
    const data = reviewJsonLd(bare);
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "CriticReview",
      inLanguage: "en",
      datePublished: "2026-01-02T00:00:00.000Z",
      dateCreated: "2026-01-01T00:00:00.000Z",
      author: { "@type": "Person", name: "Hana Lefèvre" },
      publisher: { "@type": "Organization", name: "Marquee" },
      itemReviewed: { "@type": "Movie", name: "Bare", duration: "PT45M", director: [{ "@type": "Person", name: "A. Director" }] },
    });
    expect(data).not.toHaveProperty("reviewRating");
    expect(data.itemReviewed).not.toHaveProperty("image");
    expect(data.itemReviewed).not.toHaveProperty("trailer");
    expect(data.itemReviewed).not.toHaveProperty("award");
    expect(JSON.stringify(data)).not.toContain("undefined");
  });

  it("adds rating bounds, poster, characters, awards and a trailer built from the id alone", () => {
    const data = reviewJsonLd({
      ...bare,
      imageUrl: "https://marquee.example/media/posters/x.webp",
      cast: [{ name: "Ryan Gosling", url: "u", character: "Driver" }],
      ratingHalves: 9,
      awards: ["Won: Best Director, Cannes Film Festival 2011"],
      trailer: { videoId: "KBiOF3y1W0Y", title: "Drive – Movie Trailer (2011) HD", uploadDate: new Date("2011-06-01T00:00:00Z") },
      sameAs: ["https://www.imdb.com/title/tt0780504/"],
    });
    expect(data["@type"]).toBe("Review");
    expect(data.reviewRating).toEqual({ "@type": "Rating", ratingValue: 4.5, bestRating: 5, worstRating: 0.5 });
    expect(data.itemReviewed).toMatchObject({
      image: "https://marquee.example/media/posters/x.webp",
      actor: [{ "@type": "PerformanceRole", actor: { name: "Ryan Gosling" }, characterName: "Driver" }],
      award: ["Won: Best Director, Cannes Film Festival 2011"],
      trailer: {
        "@type": "VideoObject",
        name: "Drive – Movie Trailer (2011) HD",
        thumbnailUrl: "https://i.ytimg.com/vi/KBiOF3y1W0Y/hqdefault.jpg",
        embedUrl: "https://www.youtube-nocookie.com/embed/KBiOF3y1W0Y",
        uploadDate: "2011-06-01",
      },
      sameAs: ["https://www.imdb.com/title/tt0780504/"],
    });
  });

  it("leaves out a trailer whose upload day nobody entered: schema.org requires it", async () => {
    const data = reviewJsonLd({ ...bare, trailer: { videoId: "KBiOF3y1W0Y", title: "Trailer", uploadDate: null } });
    expect(data.itemReviewed).not.toHaveProperty("trailer");
    expect(data.itemReviewed).not.toHaveProperty("sameAs");
    // What the validator says of the markup this avoids, and of what is sent instead.
    const withoutDate = {
      ...data,
      "@type": "Review",
      reviewRating: { "@type": "Rating", ratingValue: 3 },
      itemReviewed: { ...data.itemReviewed, trailer: { "@type": "VideoObject", name: "Trailer", thumbnailUrl: "t" } },
    };
    expect(await structuredDataErrors([JSON.stringify(withoutDate)])).toEqual([expect.stringContaining('"uploadDate" is missing')]);
    expect(await structuredDataErrors([JSON.stringify(data)])).toEqual([]);
  });

  it("passes the structured-data validator with every optional part filled in", async () => {
    const data = reviewJsonLd({
      ...bare,
      imageUrl: "https://marquee.example/media/posters/x.webp",
      ratingHalves: 7,
      trailer: { videoId: "KBiOF3y1W0Y", title: "Trailer", uploadDate: new Date("2011-06-01T00:00:00Z") },
      sameAs: ["https://www.wikidata.org/wiki/Q42"],
    });
    expect(await structuredDataErrors([jsonLdScript(data)])).toEqual([]);
  });

  it("falls back to the publisher as author when no critic is named", () => {
    expect(reviewJsonLd({ ...bare, criticName: null }).author).toEqual({
      "@type": "Organization",
      name: "Marquee",
      url: "https://marquee.example/en",
    });
  });

  it("writes ISO 8601 durations", () => {
    expect([isoDuration(100), isoDuration(60), isoDuration(45), isoDuration(0)]).toEqual(["PT1H40M", "PT1H", "PT45M", "PT0M"]);
  });

  it("cannot be closed from inside the script element", () => {
    const script = jsonLdScript(reviewJsonLd({ ...bare, title: "</script><script>alert(1)</script>" }));
    expect(script).not.toContain("</script");
    expect(JSON.parse(script).name).toBe("</script><script>alert(1)</script>");
  });
});
