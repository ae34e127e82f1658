import type { SeedFilm } from "../types";

export const spiritedAway: SeedFilm = {
  slug: "spirited-away",
  originalTitle: "千と千尋の神隠し",
  originalLang: "ja",
  year: 2001,
  runtimeMinutes: 125,
  rating: 5,
  countries: ["JP"],
  genres: ["animation", "fantasy", "family"],
  directors: ["hayao-miyazaki"],
  writers: ["hayao-miyazaki"],
  composers: ["joe-hisaishi"],
  cast: [
    { person: "rumi-hiiragi", character: "Chihiro", characterIn: { ja: "千尋", ar: "تشيهيرو" } },
    { person: "miyu-irino", character: "Haku", characterIn: { ja: "ハク", ar: "هاكو" } },
    { person: "mari-natsuki", character: "Yubaba / Zeniba", characterIn: { ja: "湯婆婆/銭婆", ar: "يوبابا / زينيبا" } },
  ],
  awards: [
    {
      body: "berlin",
      year: 2002,
      edition: 52,
      result: "won",
      category: { en: "Golden Bear", ja: "金熊賞", fr: "Ours d’or", ar: "الدب الذهبي" },
    },
    {
      body: "academy",
      year: 2003,
      edition: 75,
      result: "won",
      person: "hayao-miyazaki",
      category: { en: "Best Animated Feature", ja: "長編アニメ映画賞", fr: "Meilleur film d’animation", ar: "أفضل فيلم رسوم متحركة طويل" },
    },
  ],
  translations: {
    en: {
      status: "published",
      publishedAt: "2026-09-04T09:00:00Z",
      title: "Spirited Away",
      excerpt:
        "Miyazaki's bathhouse of the gods is a fairy tale about work, names and greed, told with more invention per minute than most films manage in two hours.",
      synopsis: `On the way to a new home, ten-year-old Chihiro (Rumi Hiiragi) and her parents wander into an abandoned theme park that turns out to be a resort for spirits. Her parents are turned into pigs, and to save them Chihiro must take a job in the bathhouse of the witch Yubaba (Mari Natsuki), who steals her name, helped only by the mysterious boy Haku (Miyu Irino).`,
      commentary: `What stays with you is not the spectacle, though there is plenty of it, but the texture of labour: scrubbing a tub, carrying a tray, learning who to bow to. Chihiro does not defeat anyone. She grows up by doing her job well and remembering who she is.

Miyazaki never explains his world and never needs to. A silent train ride across a flooded plain, with ghostly passengers getting off at stations no one names, is one of the most beautiful sequences in animation.`,
      musicNotes: "Joe Hisaishi's piano theme, \"One Summer's Day\", is simple enough to hum and sad enough to stay with you long after the film.",
    },
    ja: {
      status: "published",
      publishedAt: "2026-09-07T09:00:00Z",
      title: "千と千尋の神隠し",
      excerpt: "神々の湯屋を舞台にした宮崎駿の物語は、働くこと、名前、欲をめぐる寓話。1分あたりの発想の量は、多くの映画の2時間分に勝る。",
      synopsis: `引っ越しの途中、10歳の千尋(柊瑠美)と両親は廃墟のテーマパークに迷い込む。そこは神々が疲れを癒しにくる世界だった。両親は豚に変えられ、千尋は彼らを救うため、名前を奪う魔女・湯婆婆(夏木マリ)の湯屋で働くことになる。味方は謎めいた少年ハク(入野自由)だけだ。`,
      commentary: `心に残るのはスペクタクルではなく、労働の手触りだ。湯船を磨き、お膳を運び、誰に頭を下げるべきかを覚える。千尋は誰かを打ち負かすわけではない。仕事をきちんとこなし、自分が誰なのかを忘れないことで成長していく。

宮崎はこの世界を説明しないし、その必要もない。水に沈んだ平原を走る電車で、名前のない駅に影のような乗客が降りていく場面は、アニメーション史に残る美しさだ。`,
      musicNotes: "久石譲のピアノによる主題「あの夏へ」は、口ずさめるほど素朴で、見終えた後も残るほど切ない。",
    },
    fr: {
      status: "published",
      publishedAt: "2026-09-10T09:00:00Z",
      title: "Le Voyage de Chihiro",
      excerpt:
        "Les bains des dieux de Miyazaki racontent un conte sur le travail, le nom et l’avidité, avec plus d’invention par minute que bien des films en deux heures.",
      synopsis: `En route vers leur nouvelle maison, Chihiro (Rumi Hiiragi), dix ans, et ses parents s’égarent dans un parc d’attractions abandonné qui s’avère être une station thermale pour esprits. Ses parents sont changés en cochons ; pour les sauver, Chihiro doit travailler dans l’établissement de bains de la sorcière Yubaba (Mari Natsuki), qui lui vole son nom, avec pour seul allié le mystérieux Haku (Miyu Irino).`,
      commentary: `Ce qui reste n’est pas le spectacle, pourtant abondant, mais la matière du travail : frotter un bassin, porter un plateau, apprendre devant qui s’incliner. Chihiro ne terrasse personne. Elle grandit en faisant bien son travail et en se souvenant de qui elle est.

Miyazaki n’explique jamais son monde et n’en a jamais besoin. Un trajet en train silencieux sur une plaine inondée, où des passagers fantomatiques descendent à des gares sans nom, compte parmi les plus belles séquences de l’animation.`,
      musicNotes:
        "Le thème au piano de Joe Hisaishi, « Un jour d’été », est assez simple pour être fredonné et assez triste pour vous suivre longtemps.",
    },
    ar: {
      status: "published",
      publishedAt: "2026-09-14T09:00:00Z",
      title: "المخطوفة",
      excerpt:
        "حمّام الآلهة عند ميازاكي حكاية خرافية عن العمل والأسماء والجشع، فيها من الابتكار في الدقيقة الواحدة أكثر مما في ساعتين من معظم الأفلام.",
      synopsis: `في الطريق إلى بيت جديد، تضل تشيهيرو (رومي هيراغي) ذات السنوات العشر ووالداها طريقهم إلى مدينة ملاهٍ مهجورة يتبين أنها منتجع للأرواح. يتحول والداها إلى خنزيرين، ولإنقاذهما عليها أن تعمل في حمّام الساحرة يوبابا (ماري ناتسوكي) التي تسرق اسمها، ولا يعينها إلا الفتى الغامض هاكو (ميو إيرينو).`,
      commentary: `ما يبقى في الذاكرة ليس الإبهار، مع أنه كثير، بل ملمس العمل: فرك حوض، وحمل صينية، وتعلّم لمن تنحني. لا تهزم تشيهيرو أحدًا، بل تكبر لأنها تتقن عملها وتتذكر من تكون.

لا يشرح ميازاكي عالمه ولا يحتاج إلى ذلك. رحلة قطار صامتة فوق سهل غمرته المياه، يترجل فيها ركاب كالأطياف في محطات بلا أسماء، من أجمل ما صُنع في فن التحريك.`,
      musicNotes: "لحن جو هيسايشي على البيانو «ذات يوم صيفي» بسيط بما يكفي لتدندنه، وحزين بما يكفي ليبقى معك طويلًا.",
    },
  },
};
