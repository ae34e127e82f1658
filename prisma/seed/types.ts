import type { Locale } from "@/i18n/routing";

export type Localized = Partial<Record<Locale, string>>;

export type SeedTranslation = {
  status: "draft" | "published";
  /** ISO date of publication; drafts have none. */
  publishedAt?: string;
  title: string;
  excerpt: string;
  synopsis: string;
  commentary: string;
  contentWarning?: string;
  musicNotes?: string;
};

export type SeedCast = {
  person: string;
  character: string;
  /** Character names where a locale writes them differently. */
  characterIn?: Localized;
};

export type SeedAward = {
  body: string;
  year: number;
  edition?: number;
  result: "won" | "nominated";
  person?: string;
  category: Localized & { en: string };
};

export type SeedFilm = {
  slug: string;
  originalTitle: string;
  originalLang: string;
  year: number;
  runtimeMinutes: number;
  /** 0.5 to 5 in half steps. */
  rating: number;
  countries: string[];
  genres: string[];
  directors: string[];
  writers?: string[];
  composers?: string[];
  source?: { kind: "novel" | "short_story" | "play"; title: string; year: number; authors: string[] };
  trailer?: { videoId: string; title: string };
  /** The film's IMDb title id, for its JSON-LD sameAs (only where we know it for certain). */
  imdbId?: string;
  cast: SeedCast[];
  awards: SeedAward[];
  translations: Partial<Record<Locale, SeedTranslation>>;
};
