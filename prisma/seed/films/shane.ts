import type { SeedFilm } from "../types";

const bestSupportingActor = { en: "Best Supporting Actor", ja: "助演男優賞", fr: "Meilleur acteur dans un second rôle", ar: "أفضل ممثل مساعد" };

export const shane: SeedFilm = {
  slug: "shane",
  originalTitle: "Shane",
  originalLang: "en",
  year: 1953,
  runtimeMinutes: 118,
  rating: 4,
  countries: ["US"],
  genres: ["western", "drama"],
  directors: ["george-stevens"],
  writers: ["a-b-guthrie-jr"],
  composers: ["victor-young"],
  source: { kind: "novel", title: "Shane", year: 1949, authors: ["jack-schaefer"] },
  cast: [
    { person: "alan-ladd", character: "Shane", characterIn: { ja: "シェーン", ar: "شين" } },
    { person: "jean-arthur", character: "Marian Starrett", characterIn: { ja: "マリアン・スターレット", ar: "ماريان ستاريت" } },
    { person: "van-heflin", character: "Joe Starrett", characterIn: { ja: "ジョー・スターレット", ar: "جو ستاريت" } },
    { person: "brandon-dewilde", character: "Joey Starrett", characterIn: { ja: "ジョーイ・スターレット", ar: "جوي ستاريت" } },
    { person: "jack-palance", character: "Jack Wilson", characterIn: { ja: "ジャック・ウィルソン", ar: "جاك ويلسون" } },
  ],
  awards: [
    {
      body: "academy",
      year: 1954,
      edition: 26,
      result: "won",
      person: "loyal-griggs",
      category: { en: "Best Cinematography (Color)", ja: "撮影賞(カラー)", fr: "Meilleure photographie (couleur)", ar: "أفضل تصوير سينمائي (ملون)" },
    },
    {
      body: "academy",
      year: 1954,
      edition: 26,
      result: "nominated",
      category: { en: "Best Picture", ja: "作品賞", fr: "Meilleur film", ar: "أفضل فيلم" },
    },
    {
      body: "academy",
      year: 1954,
      edition: 26,
      result: "nominated",
      person: "george-stevens",
      category: { en: "Best Director", ja: "監督賞", fr: "Meilleur réalisateur", ar: "أفضل مخرج" },
    },
    { body: "academy", year: 1954, edition: 26, result: "nominated", person: "brandon-dewilde", category: bestSupportingActor },
    { body: "academy", year: 1954, edition: 26, result: "nominated", person: "jack-palance", category: bestSupportingActor },
    {
      body: "academy",
      year: 1954,
      edition: 26,
      result: "nominated",
      person: "a-b-guthrie-jr",
      category: { en: "Best Screenplay", ja: "脚色賞", fr: "Meilleur scénario", ar: "أفضل سيناريو" },
    },
  ],
  translations: {
    en: {
      status: "published",
      publishedAt: "2026-09-18T09:00:00Z",
      title: "Shane",
      excerpt:
        "George Stevens's western watches a gunfighter try to put down his gun, mostly through the eyes of a boy who wants him to pick it up again.",
      synopsis: `A quiet stranger, Shane (Alan Ladd), rides onto the Wyoming homestead of Joe Starrett (Van Heflin), his wife Marian (Jean Arthur) and their son Joey (Brandon deWilde). He stays on as a hired hand just as the cattleman Ryker starts driving the settlers off the valley, and when Ryker sends for the hired gun Jack Wilson (Jack Palance), Shane has to decide who he is.`,
      commentary: `Stevens shoots the Grand Tetons as if the mountains were passing judgement, and keeps the camera low, at Joey's height, so that Shane is as much a boy's idea of a hero as a man. The film is patient with work and with silence: a tree stump that two men spend an afternoon tearing out says more about friendship than any speech.

Palance's gunman is barely on screen, yet he changes the air of every scene he enters. Sixty years later, [*Drive*](/reviews/drive) would borrow the whole shape of this story, down to a hero who saves a family and then has to leave it.`,
      contentWarning: "A brief but shocking shooting of an unarmed man, and a long fistfight.",
      musicNotes: "Victor Young's score leans on a gentle, hymn-like theme for the homesteaders, which makes the violence feel like an intrusion.",
    },
    ja: {
      status: "published",
      publishedAt: "2026-09-25T09:00:00Z",
      title: "シェーン",
      excerpt: "銃を置こうとするガンマンを、彼がもう一度銃を取ることを願う少年のまなざしから描くジョージ・スティーヴンスの西部劇。",
      synopsis: `寡黙な流れ者シェーン(アラン・ラッド)が、ワイオミングで開拓農家を営むジョー・スターレット(ヴァン・ヘフリン)と妻マリアン(ジーン・アーサー)、息子ジョーイ(ブランドン・デ・ワイルド)のもとにやってくる。牧場主ライカーが入植者を谷から追い出そうとするなか、シェーンは雇われ人として一家に留まる。ライカーが殺し屋ジャック・ウィルソン(ジャック・パランス)を呼び寄せたとき、シェーンは自分が何者なのかを選ばなければならない。`,
      commentary: `スティーヴンスはグランド・ティトンの山並みを、まるで裁きを下す存在のように撮る。カメラは低く、ジョーイの目の高さに置かれ、シェーンは一人の男であると同時に少年が思い描く英雄になる。労働と沈黙に辛抱強い映画でもある。二人の男が午後いっぱいかけて切り株を掘り起こす場面は、どんな台詞よりも友情を語る。

パランス演じる殺し屋の出番はわずかだが、彼が現れるたびに場の空気が変わる。60年近く後、[『ドライヴ』](/reviews/drive)はこの物語の形をそのまま借りることになる。家族を救い、そして去らねばならない主人公まで。`,
      contentWarning: "丸腰の男が撃たれる短くも衝撃的な場面と、長い殴り合いがあります。",
      musicNotes: "ヴィクター・ヤングの音楽は開拓者たちに賛美歌のような穏やかな主題を与え、暴力を侵入者のように響かせる。",
    },
    fr: {
      status: "published",
      publishedAt: "2026-09-21T09:00:00Z",
      title: "L’Homme des vallées perdues",
      excerpt:
        "Le western de George Stevens regarde un pistolero tenter de raccrocher son arme, à travers les yeux d’un garçon qui rêve de la lui voir reprendre.",
      synopsis: `Un étranger taciturne, Shane (Alan Ladd), arrive dans la ferme de Joe Starrett (Van Heflin), de sa femme Marian (Jean Arthur) et de leur fils Joey (Brandon deWilde), dans le Wyoming. Il reste comme ouvrier au moment où l’éleveur Ryker entreprend de chasser les colons de la vallée ; quand Ryker fait venir le tueur Jack Wilson (Jack Palance), Shane doit choisir qui il est.`,
      commentary: `Stevens filme les Grand Tetons comme des montagnes qui jugent, et garde la caméra basse, à hauteur de Joey : Shane est autant l’idée qu’un enfant se fait d’un héros qu’un homme. Le film prend le temps du travail et du silence ; une souche que deux hommes passent l’après-midi à arracher en dit plus sur l’amitié que n’importe quel discours.

Le tueur de Palance apparaît à peine, mais il change l’air de chaque scène. Près de soixante ans plus tard, [*Drive*](/reviews/drive) reprendra toute la forme de cette histoire, jusqu’au héros qui sauve une famille puis doit la quitter.`,
      contentWarning: "Le meurtre bref mais saisissant d’un homme désarmé, et une longue bagarre.",
      musicNotes: "La musique de Victor Young offre aux fermiers un thème doux, presque un cantique, qui fait de la violence une intrusion.",
    },
    ar: {
      status: "published",
      publishedAt: "2026-09-28T09:00:00Z",
      title: "شين",
      excerpt: "فيلم الغرب الأمريكي لجورج ستيفنز يتابع مسلحًا يحاول أن يضع سلاحه جانبًا، غالبًا بعيني صبي يتمنى أن يراه يحمله من جديد.",
      synopsis: `يصل غريب قليل الكلام اسمه شين (آلان لاد) إلى مزرعة جو ستاريت (فان هيفلين) وزوجته ماريان (جين آرثر) وابنهما جوي (براندون دي وايلد) في وايومنغ. يبقى عاملًا لديهم في الوقت الذي يبدأ فيه مربي الماشية رايكر طرد المستوطنين من الوادي، وحين يستدعي رايكر القاتل المأجور جاك ويلسون (جاك بالانس)، يجب على شين أن يقرر من يكون.`,
      commentary: `يصوّر ستيفنز جبال غراند تيتون كأنها تُصدر حكمًا، ويُبقي الكاميرا منخفضة بمستوى نظر جوي، فيصبح شين فكرة صبي عن البطل بقدر ما هو رجل. والفيلم صبور مع العمل ومع الصمت: جذع شجرة يقضي رجلان فترة العصر في اقتلاعه يقول عن الصداقة أكثر من أي خطبة.

لا يظهر قاتل بالانس إلا قليلًا، لكنه يغيّر هواء كل مشهد يدخله. وبعد نحو ستين عامًا سيستعير [«درايف»](/reviews/drive) شكل هذه الحكاية كلها، حتى البطل الذي ينقذ عائلة ثم يضطر إلى مغادرتها.`,
      contentWarning: "مشهد قصير وصادم لقتل رجل أعزل، وعراك طويل بالأيدي.",
      musicNotes: "تمنح موسيقى فيكتور يونغ المزارعين لحنًا هادئًا أشبه بالترنيمة، فيبدو العنف دخيلًا عليهم.",
    },
  },
};
