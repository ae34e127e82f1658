// `node scripts/icons.mjs`: draws Marquee's icons from one SVG, the header's
// ▚ mark in the accent colour, and writes every file browsers and home
// screens ask for. The outputs are committed; run it again after changing the mark.
// Uses sharp, which Next installs for image optimisation.
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";

const root = path.resolve(import.meta.dirname, "..");
const ACCENT = "#a3271f";

/** The mark on a square; `corner` rounds it (browsers' tabs) or not (home screens round it themselves). */
function markSvg({ corner, inset = 14 }) {
  const cell = (64 - 2 * inset) / 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
  <rect width="64" height="64" rx="${corner}" fill="${ACCENT}"/>
  <rect x="${inset}" y="${inset}" width="${cell}" height="${cell}" fill="#fff"/>
  <rect x="${inset + cell}" y="${inset + cell}" width="${cell}" height="${cell}" fill="#fff"/>
</svg>
`;
}

const png = (svg, size) =>
  sharp(Buffer.from(svg), { density: 72 * (size / 64) })
    .resize(size, size)
    .png()
    .toBuffer();

/** An ICO file holding PNG images, which every current browser reads. */
function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(data.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.data)]);
}

const tab = markSvg({ corner: 14 });
const square = markSvg({ corner: 0 });
// Maskable icons keep their content inside the central 80% circle.
const maskable = markSvg({ corner: 0, inset: 20 });
const write = (file, data) => {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), data);
  console.log(`wrote ${file}`);
};

write("app/icon.svg", tab);
write("app/favicon.ico", ico(await Promise.all([16, 32, 48].map(async (size) => ({ size, data: await png(tab, size) })))));
write("app/apple-icon.png", await png(square, 180));
write("public/icons/icon-192.png", await png(tab, 192));
write("public/icons/icon-512.png", await png(tab, 512));
write("public/icons/maskable-512.png", await png(maskable, 512));
