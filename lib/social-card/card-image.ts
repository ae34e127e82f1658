import sharp, { type OverlayOptions } from "sharp";
import { CARD_SIZE } from "./card-content";
import { FAMILIES, loadBundledFonts } from "./fonts";

// Marquee's social cards (og:image, twitter:image, and Movie.image when a film
// has no poster): 1200×630 PNG, the reader site's paper, ink and accent, the
// header's ▚ mark, laid out from the start edge of the text's direction.

const MARGIN = 96;
const TEXT_WIDTH = CARD_SIZE.width - 2 * MARGIN;
const COLORS = { paper: "#fbf8f2", ink: "#1b1a17", soft: "#55524b", accent: "#a3271f", rule: "#e2dccf" };

export type CardContent = {
  dir: "ltr" | "rtl";
  /** BCP 47 tag of the text, so Pango picks the script's forms. */
  lang: string;
  /** Small line above the title, e.g. "Film review". */
  kicker: string;
  title: string;
  /** Lines under the title, e.g. the year and the director. */
  details: readonly string[];
  /** Half stars, 1..10, drawn as five stars; null for none. */
  ratingHalves: number | null;
};

const escapeMarkup = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** One block of text as a transparent PNG at most TEXT_WIDTH wide, shaped by Pango. */
async function textBlock(content: CardContent, text: string, font: string, color: string) {
  const image = sharp({
    text: {
      // A right-to-left mark first: a line that starts with a Latin word ("Marquee · …") still reads from the right.
      text: `<span foreground="${color}" lang="${escapeMarkup(content.lang)}">${content.dir === "rtl" ? "\u200f" : ""}${escapeMarkup(text)}</span>`,
      font,
      width: TEXT_WIDTH,
      rgba: true,
      dpi: 72,
      wrap: "word",
      align: content.dir === "rtl" ? "right" : "left",
    },
  });
  const { data, info } = await image.png().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** Titles shrink as they grow, so a long one still fits in three lines; past that it is cut with an ellipsis. */
const titleSize = (title: string) => (title.length <= 24 ? 84 : title.length <= 48 ? 68 : 54);
const MAX_TITLE = 90;
const fitTitle = (title: string) =>
  [...title].length <= MAX_TITLE
    ? title
    : `${[...title]
        .slice(0, MAX_TITLE - 1)
        .join("")
        .trimEnd()}…`;

function starsSvg(halves: number, dir: "ltr" | "rtl") {
  const size = 44;
  const star = "M22 2l6.2 13 14.1 1.9-10.3 9.8 2.6 14-12.6-6.9-12.6 6.9 2.6-14L1.7 16.9 15.8 15z";
  const stars = Array.from({ length: 5 }, (_, i) => {
    const filled = Math.min(2, Math.max(0, halves - i * 2));
    // The filled half is the start half in the reading direction.
    const x = dir === "rtl" ? (4 - i) * (size + 8) : i * (size + 8);
    const clip = dir === "rtl" ? `x="${size / 2}"` : `x="0"`;
    return `<g transform="translate(${x} 0)">
      <path d="${star}" fill="${COLORS.rule}"/>
      ${filled === 2 ? `<path d="${star}" fill="${COLORS.accent}"/>` : ""}
      ${filled === 1 ? `<clipPath id="h${i}"><rect ${clip} y="0" width="${size / 2}" height="${size}"/></clipPath><path d="${star}" fill="${COLORS.accent}" clip-path="url(#h${i})"/>` : ""}
    </g>`;
  });
  const width = 5 * size + 4 * 8;
  return { svg: Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${size}">${stars.join("")}</svg>`), width };
}

function backgroundSvg(dir: "ltr" | "rtl") {
  const { width, height } = CARD_SIZE;
  const band = dir === "rtl" ? width - 24 : 0;
  const mark = dir === "rtl" ? width - MARGIN - 40 : MARGIN;
  return Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <rect width="${width}" height="${height}" fill="${COLORS.paper}"/>
  <rect x="${band}" width="24" height="${height}" fill="${COLORS.accent}"/>
  <g transform="translate(${mark} 64)">
    <rect width="40" height="40" rx="6" fill="${COLORS.accent}"/>
    <rect x="9" y="9" width="11" height="11" fill="#fff"/><rect x="20" y="20" width="11" height="11" fill="#fff"/>
  </g>
  <rect x="${MARGIN}" y="${height - 150}" width="${width - 2 * MARGIN}" height="2" fill="${COLORS.rule}"/>
</svg>`);
}

/** The card as PNG bytes. */
export async function renderCard(content: CardContent): Promise<Buffer> {
  loadBundledFonts();
  const startX = (width: number) => (content.dir === "rtl" ? CARD_SIZE.width - MARGIN - width : MARGIN);
  const brand = await textBlock(content, `Marquee · ${content.kicker}`, `${FAMILIES.ui} Bold 30`, COLORS.accent);
  const size = titleSize(content.title);
  const title = await textBlock(content, fitTitle(content.title), `${FAMILIES.title} Bold ${size}`, COLORS.ink);
  const layers: OverlayOptions[] = [
    // The brand line sits beside the mark, on the inner side.
    { input: brand.data, top: 68, left: content.dir === "rtl" ? startX(brand.width) - 56 : MARGIN + 56 },
    { input: title.data, top: 170, left: startX(title.width) },
  ];
  let top = 170 + title.height + 24;
  for (const line of content.details) {
    const block = await textBlock(content, line, `${FAMILIES.ui} Medium 34`, COLORS.soft);
    if (top + block.height > CARD_SIZE.height - 160) break;
    layers.push({ input: block.data, top, left: startX(block.width) });
    top += block.height + 8;
  }
  if (content.ratingHalves) {
    const stars = starsSvg(content.ratingHalves, content.dir);
    layers.push({ input: stars.svg, top: CARD_SIZE.height - 110, left: startX(stars.width) });
  }
  return sharp(backgroundSvg(content.dir)).composite(layers).png({ compressionLevel: 9, palette: false }).toBuffer();
}
