import { describe, expect, it } from "vitest";
import { parseYouTubeId, youTubeEmbedUrl } from "@/lib/youtube";

const ID = "KBiOF3y1W0Y";

describe("parseYouTubeId", () => {
  it.each([
    [`https://www.youtube.com/watch?v=${ID}`],
    [`https://youtube.com/watch?v=${ID}&t=42s&list=PL123`],
    [`http://m.youtube.com/watch?feature=share&v=${ID}`],
    [`www.youtube.com/watch?v=${ID}`],
    [`https://youtu.be/${ID}`],
    [`https://youtu.be/${ID}?si=abc123&t=10`],
    [`https://www.youtube.com/embed/${ID}`],
    [`https://www.youtube.com/embed/${ID}?autoplay=1&rel=0`],
    [`https://www.youtube.com/shorts/${ID}`],
    [`https://youtube.com/shorts/${ID}?feature=share`],
    [`https://www.youtube-nocookie.com/embed/${ID}`],
    [`https://www.youtube-nocookie.com/embed/${ID}?start=5`],
    [`  https://www.youtube.com/watch?v=${ID}  `],
    [`https://music.youtube.com/watch?v=${ID}#comments`],
  ])("reads the id from %s", (url) => {
    expect(parseYouTubeId(url)).toBe(ID);
  });

  it.each([
    ["javascript:alert(1)//youtube.com/watch?v=KBiOF3y1W0Y"],
    ["JaVaScRiPt:alert(document.cookie)"],
    ["data:text/html,<script>alert(1)</script>"],
    [`https://vimeo.com/${ID}`],
    [`https://www.youtube.com.evil.example/watch?v=${ID}`],
    [`https://evil.example/?u=https://www.youtube.com/watch?v=${ID}`],
    [`https://youtube.com@evil.example/watch?v=${ID}`],
    [`https://www.youtube.com/watch?v=short`],
    [`https://www.youtube.com/watch?v=${ID}"><script>`],
    [`https://www.youtube.com/embed/${ID}/../../evil`],
    [`https://www.youtube.com/channel/UC1234567890`],
    [`ftp://youtube.com/watch?v=${ID}`],
    [`https://www.youtube.com:8443/watch?v=${ID}`],
    [""],
    ["not a url at all"],
    [ID],
    [`https://youtu.be/${"a".repeat(5000)}`],
  ])("refuses %s", (input) => {
    expect(parseYouTubeId(input)).toBeNull();
  });
});

describe("youTubeEmbedUrl", () => {
  it("builds the no-cookie embed address", () => {
    expect(youTubeEmbedUrl(ID)).toBe(`https://www.youtube-nocookie.com/embed/${ID}`);
    expect(youTubeEmbedUrl(ID, true)).toBe(`https://www.youtube-nocookie.com/embed/${ID}?autoplay=1`);
  });

  it("refuses anything that is not a video id", () => {
    expect(() => youTubeEmbedUrl("../evil")).toThrow();
  });
});
