import type { Localized } from "./types";

export const genres: Record<string, Localized & { en: string }> = {
  crime: { en: "Crime", ja: "犯罪", fr: "Policier", ar: "جريمة" },
  drama: { en: "Drama", ja: "ドラマ", fr: "Drame", ar: "دراما" },
  action: { en: "Action", ja: "アクション", fr: "Action", ar: "حركة" },
  "neo-noir": { en: "Neo-noir", ja: "ネオ・ノワール", fr: "Néo-noir", ar: "نيو نوار" },
  western: { en: "Western", ja: "西部劇", fr: "Western", ar: "غرب أمريكي" },
  animation: { en: "Animation", ja: "アニメーション", fr: "Animation", ar: "رسوم متحركة" },
  fantasy: { en: "Fantasy", ja: "ファンタジー", fr: "Fantastique", ar: "فانتازيا" },
  family: { en: "Family", ja: "ファミリー", fr: "Famille", ar: "عائلي" },
};

export const awardBodies: Record<string, Localized & { en: string }> = {
  bafta: {
    en: "British Academy Film Awards",
    ja: "英国アカデミー賞",
    fr: "British Academy Film Awards",
    ar: "جوائز الأكاديمية البريطانية للأفلام",
  },
  academy: { en: "Academy Awards", ja: "アカデミー賞", fr: "Oscars", ar: "جوائز الأوسكار" },
  cannes: { en: "Cannes Film Festival", ja: "カンヌ国際映画祭", fr: "Festival de Cannes", ar: "مهرجان كان السينمائي" },
  berlin: {
    en: "Berlin International Film Festival",
    ja: "ベルリン国際映画祭",
    fr: "Berlinale",
    ar: "مهرجان برلين السينمائي الدولي",
  },
  cesar: { en: "César Awards", ja: "セザール賞", fr: "César du cinéma", ar: "جوائز سيزار" },
};
