import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

// The cards' fonts come from npm (Google's Noto families, SIL Open Font
// License): a serif for Latin titles, Noto Sans JP for Japanese, Noto Naskh
// Arabic for Arabic. Pango (inside sharp) shapes the text, joining Arabic
// letters and laying them right to left, and falls back from one family to
// the next per character. It finds them through a fontconfig file that lists
// only these folders, so a card looks the same on any machine, with or
// without system fonts, and nothing is downloaded.

const FONT_DIRS = ["noto-serif/700Bold", "noto-sans-jp/700Bold", "noto-sans-jp/500Medium", "noto-naskh-arabic/700Bold"];

/** Pango family lists: the first that has a character draws it. */
export const FAMILIES = {
  title: "Noto Serif, Noto Sans JP, Noto Naskh Arabic",
  ui: "Noto Sans JP, Noto Naskh Arabic",
} as const;

let configured = false;

/** Points fontconfig at the bundled fonts; must run before the first text is drawn. */
export function loadBundledFonts(root = process.cwd()) {
  if (configured) return;
  const dirs = FONT_DIRS.map((dir) => path.join(root, "node_modules", "@expo-google-fonts", dir));
  const missing = dirs.find((dir) => !fs.existsSync(dir));
  if (missing) throw new Error(`The social cards' fonts are missing (${missing}); run npm ci.`);
  const config = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
${dirs.map((dir) => `  <dir>${dir}</dir>`).join("\n")}
  <cachedir>${path.join(os.tmpdir(), "marquee-fontconfig-cache")}</cachedir>
</fontconfig>
`;
  const file = path.join(os.tmpdir(), `marquee-fonts-${crypto.createHash("sha256").update(config).digest("hex").slice(0, 12)}.conf`);
  if (!fs.existsSync(file)) fs.writeFileSync(file, config);
  process.env.FONTCONFIG_FILE = file;
  configured = true;
}
