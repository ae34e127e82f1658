import type { SeedFilm } from "../types";

// Published in English only, so readers of other locales get the fallback notice.
export const laHaine: SeedFilm = {
  slug: "la-haine",
  originalTitle: "La Haine",
  originalLang: "fr",
  year: 1995,
  runtimeMinutes: 98,
  rating: 4.5,
  countries: ["FR"],
  genres: ["drama", "crime"],
  directors: ["mathieu-kassovitz"],
  writers: ["mathieu-kassovitz"],
  cast: [
    { person: "vincent-cassel", character: "Vinz", characterIn: { ja: "ヴィンス", ar: "فينز" } },
    { person: "hubert-kounde", character: "Hubert", characterIn: { ja: "ユベール", ar: "أوبير" } },
    { person: "said-taghmaoui", character: "Saïd", characterIn: { ja: "サイード", ar: "سعيد" } },
  ],
  awards: [
    {
      body: "cannes",
      year: 1995,
      edition: 48,
      result: "won",
      person: "mathieu-kassovitz",
      category: { en: "Best Director", ja: "監督賞", fr: "Prix de la mise en scène", ar: "جائزة أفضل مخرج" },
    },
    {
      body: "cesar",
      year: 1996,
      edition: 21,
      result: "won",
      category: { en: "Best Film", ja: "作品賞", fr: "Meilleur film", ar: "أفضل فيلم" },
    },
  ],
  translations: {
    en: {
      status: "published",
      publishedAt: "2026-10-20T09:00:00Z",
      title: "La Haine",
      excerpt: "Twenty-four hours in the Paris banlieue after a riot, shot in black and white by a director who refuses to look away or to preach.",
      synopsis: `The morning after a night of rioting in a housing estate outside Paris, three friends drift through the day: Vinz (Vincent Cassel), who has found a police revolver lost in the chaos and talks about using it; Hubert (Hubert Koundé), who wants out; and Saïd (Saïd Taghmaoui), who tries to keep them both laughing. A boy from the estate lies in hospital after a police beating, and the clock on screen counts down to something none of them can name.`,
      commentary: `Mathieu Kassovitz was twenty-seven, and the film has a young man's anger and a veteran's control. The black-and-white images are crisp rather than gritty; the camera glides, hovers and once pulls a vertigo zoom on a Paris rooftop that says everything about how far the city centre is from the estates.

It is also very funny, which is why the ending hits so hard. "So far so good" is the line everyone remembers: the joke about the man falling from a building, who keeps reassuring himself on every floor.`,
      contentWarning: "Police brutality, racist abuse, gun violence and a sudden, fatal shooting.",
      musicNotes:
        "There is almost no score; music comes from the street. A DJ mixing KRS-One with Édith Piaf from a tower-block window is the film's most joyful moment.",
    },
  },
};
