import type { SeedFilm } from "../types";

// Its Japanese translation is still a draft, which readers must never see.
export const aSeparation: SeedFilm = {
  slug: "a-separation",
  originalTitle: "جدایی نادر از سیمین",
  originalLang: "fa",
  year: 2011,
  runtimeMinutes: 123,
  rating: 5,
  countries: ["IR"],
  genres: ["drama"],
  directors: ["asghar-farhadi"],
  writers: ["asghar-farhadi"],
  cast: [
    { person: "peyman-moaadi", character: "Nader", characterIn: { ja: "ナデル", ar: "نادر" } },
    { person: "leila-hatami", character: "Simin", characterIn: { ja: "シミン", ar: "سيمين" } },
    { person: "shahab-hosseini", character: "Hojjat", characterIn: { ja: "ホジャト", ar: "حجت" } },
    { person: "sareh-bayat", character: "Razieh", characterIn: { ja: "ラジエー", ar: "راضية" } },
    { person: "sarina-farhadi", character: "Termeh", characterIn: { ja: "テルメー", ar: "ترمه" } },
  ],
  awards: [
    {
      body: "berlin",
      year: 2011,
      edition: 61,
      result: "won",
      category: { en: "Golden Bear", ja: "金熊賞", fr: "Ours d’or", ar: "الدب الذهبي" },
    },
    {
      body: "academy",
      year: 2012,
      edition: 84,
      result: "won",
      category: {
        en: "Best Foreign Language Film",
        ja: "外国語映画賞",
        fr: "Meilleur film en langue étrangère",
        ar: "أفضل فيلم بلغة أجنبية",
      },
    },
    {
      body: "academy",
      year: 2012,
      edition: 84,
      result: "nominated",
      person: "asghar-farhadi",
      category: { en: "Best Original Screenplay", ja: "脚本賞", fr: "Meilleur scénario original", ar: "أفضل سيناريو أصلي" },
    },
  ],
  translations: {
    en: {
      status: "published",
      publishedAt: "2026-10-16T09:00:00Z",
      title: "A Separation",
      excerpt: "Asghar Farhadi builds a domestic drama like a courtroom thriller, and refuses to let anyone, including the audience, off the hook.",
      synopsis: `Simin (Leila Hatami) wants to leave Iran with her husband Nader (Peyman Moaadi) and their daughter Termeh (Sarina Farhadi); Nader will not abandon his father, who has Alzheimer's. While the couple argue over a separation, Nader hires Razieh (Sareh Bayat), a devout young woman, to look after the old man. One afternoon he comes home to find his father alone, and the argument that follows with Razieh, and later her husband Hojjat (Shahab Hosseini), ends up before a judge.`,
      commentary: `Every character lies a little, and every lie is understandable. Farhadi withholds one crucial moment and then lets us watch the people on screen argue about it, so that we become jurors who do not know everything either.

Sarina Farhadi, as the daughter watching her parents, carries the film's conscience. Its last shot, held over the end credits, is one of the most quietly devastating in modern cinema.`,
      contentWarning: "A miscarriage is discussed at length, and there is a scene of physical violence between adults.",
    },
    fr: {
      status: "published",
      publishedAt: "2026-10-18T09:00:00Z",
      title: "Une séparation",
      excerpt:
        "Asghar Farhadi construit un drame conjugal comme un film de procès, et ne laisse personne s’en tirer à bon compte, pas même le spectateur.",
      synopsis: `Simin (Leila Hatami) veut quitter l’Iran avec son mari Nader (Peyman Moaadi) et leur fille Termeh (Sarina Farhadi) ; Nader refuse d’abandonner son père, atteint de la maladie d’Alzheimer. Pendant que le couple se dispute au sujet d’une séparation, Nader engage Razieh (Sareh Bayat), une jeune femme pieuse, pour s’occuper du vieil homme. Un après-midi, il rentre et trouve son père seul ; la dispute qui suit avec Razieh, puis avec son mari Hojjat (Shahab Hosseini), finit devant un juge.`,
      commentary: `Chaque personnage ment un peu, et chaque mensonge se comprend. Farhadi cache un moment décisif puis nous laisse regarder les personnages en débattre : nous devenons des jurés qui, eux non plus, ne savent pas tout.

Sarina Farhadi, la fille qui observe ses parents, porte la conscience du film. Son dernier plan, tenu pendant le générique, est l’un des plus discrètement bouleversants du cinéma récent.`,
      contentWarning: "Une fausse couche est longuement évoquée, et une scène montre des violences physiques entre adultes.",
    },
    ar: {
      status: "published",
      publishedAt: "2026-10-19T09:00:00Z",
      title: "انفصال",
      excerpt: "يبني أصغر فرهادي دراما عائلية كأنها فيلم محاكمة، ولا يسمح لأحد، ولا حتى للمشاهد، بالإفلات من المساءلة.",
      synopsis: `تريد سيمين (ليلى حاتمي) أن تغادر إيران مع زوجها نادر (بيمان معادي) وابنتهما ترمه (سارينا فرهادي)، لكن نادر يرفض أن يترك أباه المصاب بالزهايمر. وبينما يتجادل الزوجان حول الانفصال، يستأجر نادر راضية (ساره بيات)، وهي شابة متدينة، لرعاية الرجل العجوز. وذات ظهيرة يعود ليجد أباه وحيدًا، وينتهي الشجار الذي يليه مع راضية، ثم مع زوجها حجت (شهاب حسيني)، أمام القاضي.`,
      commentary: `كل شخصية تكذب قليلًا، وكل كذبة مفهومة. يخفي فرهادي لحظة حاسمة ثم يتركنا نشاهد الشخصيات تتجادل حولها، فنصبح محلّفين لا نعرف كل شيء نحن أيضًا.

تحمل سارينا فرهادي، في دور الابنة التي تراقب والديها، ضمير الفيلم. ولقطته الأخيرة الممتدة فوق أسماء صانعيه من أكثر اللقطات إيلامًا بهدوء في السينما الحديثة.`,
      contentWarning: "يُناقَش إجهاض بإسهاب، وفي الفيلم مشهد عنف جسدي بين بالغين.",
    },
    ja: {
      status: "draft",
      title: "別離",
      excerpt: "アスガー・ファルハディは夫婦の物語を法廷劇のように組み立てる。草稿:まだ公開しない。",
      synopsis: `シミン(レイラ・ハタミ)は夫ナデル(ペイマン・モアディ)と娘テルメー(サリナ・ファルハディ)を連れてイランを出たいと願うが、ナデルはアルツハイマー病の父を置いていけない。`,
      commentary: `誰もが少しずつ嘘をつき、そのどれもが理解できる。(翻訳作業中の草稿)`,
    },
  },
};
