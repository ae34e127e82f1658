import type { SeedFilm } from "../types";

export const cleo: SeedFilm = {
  slug: "cleo-from-5-to-7",
  originalTitle: "Cléo de 5 à 7",
  originalLang: "fr",
  year: 1962,
  runtimeMinutes: 90,
  rating: 4.5,
  countries: ["FR", "IT"],
  genres: ["drama"],
  directors: ["agnes-varda"],
  writers: ["agnes-varda"],
  composers: ["michel-legrand"],
  cast: [
    { person: "corinne-marchand", character: "Cléo" },
    { person: "antoine-bourseiller", character: "Antoine" },
    { person: "dominique-davray", character: "Angèle" },
    { person: "michel-legrand", character: "Bob" },
  ],
  awards: [
    {
      body: "cannes",
      year: 1962,
      edition: 15,
      result: "nominated",
      category: { en: "Palme d'Or", ja: "パルム・ドール", fr: "Palme d’or", ar: "السعفة الذهبية" },
    },
  ],
  translations: {
    en: {
      status: "published",
      publishedAt: "2026-08-28T09:00:00Z",
      title: "Cléo from 5 to 7",
      excerpt:
        "Agnès Varda follows a pop singer through Paris in something close to real time as she waits for a medical verdict, and turns fear into a portrait of attention.",
      synopsis: `Cléo (Corinne Marchand), a young singer, has two hours to wait for the results of a test that may tell her she has cancer. She visits a fortune teller, tries on hats, rehearses with her composer Bob (Michel Legrand) and her pianist, wanders through the city, and in a park meets Antoine (Antoine Bourseiller), a soldier on his last day of leave before returning to Algeria.`,
      commentary: `The film is divided into chapters with timestamps, and the gimmick quickly disappears into something richer: a woman who has always been looked at learns, over ninety minutes, to look back. Varda's Paris is full of cafés, buses and strangers' faces, and each one seems to matter more because Cléo might be seeing it for the last time.

The turn comes when she tears off her wig in the middle of a rehearsal. From there, the film breathes differently.`,
      musicNotes:
        'Michel Legrand wrote Cléo\'s songs and plays her composer. "Sans toi", performed straight to camera, is the moment her glamour cracks open.',
    },
    fr: {
      status: "published",
      publishedAt: "2026-08-30T09:00:00Z",
      title: "Cléo de 5 à 7",
      excerpt:
        "Agnès Varda suit une chanteuse dans Paris, presque en temps réel, dans l’attente d’un diagnostic, et fait de la peur un portrait de l’attention.",
      synopsis: `Cléo (Corinne Marchand), jeune chanteuse, doit attendre deux heures le résultat d’un examen qui pourrait lui annoncer un cancer. Elle consulte une cartomancienne, essaie des chapeaux, répète avec son compositeur Bob (Michel Legrand) et son pianiste, traverse la ville et rencontre dans un parc Antoine (Antoine Bourseiller), un soldat au dernier jour de sa permission avant de repartir en Algérie.`,
      commentary: `Le film est découpé en chapitres horodatés, et le procédé s’efface vite au profit de quelque chose de plus riche : une femme qu’on a toujours regardée apprend, en quatre-vingt-dix minutes, à regarder à son tour. Le Paris de Varda est plein de cafés, d’autobus et de visages inconnus, et chacun compte davantage parce que Cléo le voit peut-être pour la dernière fois.

Le basculement survient quand elle arrache sa perruque en pleine répétition. Dès lors, le film respire autrement.`,
      musicNotes:
        "Michel Legrand a écrit les chansons de Cléo et joue son compositeur. « Sans toi », chantée face caméra, est l’instant où son glamour se fissure.",
    },
  },
};
