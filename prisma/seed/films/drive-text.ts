import type { SeedFilm } from "../types";

// Marquee's own review of Drive (2011) in all four languages.
export const driveText: SeedFilm["translations"] = {
  en: {
    status: "published",
    publishedAt: "2026-10-02T09:00:00Z",
    title: "Drive",
    excerpt:
      "Nicolas Winding Refn turns a bare-bones getaway-driver plot into a neon-lit modern western, with Ryan Gosling as a near-silent hero in the line of Shane.",
    synopsis: `The Driver (Ryan Gosling) has no friends to speak of and no family at all. By day he repairs cars in a Los Angeles garage run by Shannon (Bryan Cranston) and crashes them for the movies as a stunt driver; by night he hires himself out as a getaway driver for robberies. Shannon, who books all of his work, dreams of putting him in a stock-car race and talks the mobster Bernie Rose (Albert Brooks) and Bernie's partner Nino (Ron Perlman) into paying for it.

In his apartment building the Driver gets to know his neighbour Irene (Carey Mulligan) and her small son Benicio, whose father is in prison. Quiet afternoons with the two of them become the only warmth in his life. Then Irene's husband, Standard Gabriel (Oscar Isaac), comes home with a debt, and the gangster Cook (James Biberi) threatens his wife and child unless he robs a pawnshop. The Driver offers to drive the job for nothing.

The robbery goes wrong. Standard is shot dead outside the shop, and the bag that Blanche (Christina Hendricks) carries out holds far more money than anyone admitted: money that belongs to the East Coast mob. As Bernie and Nino erase everyone who knows, the Driver sets out to keep Irene and Benicio alive.`,
    commentary: `*Drive* is a stripped-down crime picture dressed as an art film, or perhaps the other way round. Nicolas Winding Refn takes a plot that would fit on the back of a matchbook (a loner, a woman and child he wants to protect, men who must be dealt with) and stages it with the patience of a European auteur: long silences, neon sliding over wet streets, a hero who speaks barely a hundred words.

Its nearest ancestor is not a car-chase movie but George Stevens's western [*Shane*](/reviews/shane) (1953). A drifter with a gift for violence settles for a while beside a family that is not his own, and in the end has to leave it. Refn borrows that moral geometry and crosses it with the grimy pleasures of B-grade crime films and the swoon of a romance. The mix should not work nearly as well as it does.

Gosling plays the Driver as a blank that the audience fills in, while Albert Brooks, cast against everything he is known for, is the most frightening thing in the film because he apologises as he kills. When the violence comes, it comes suddenly and without glamour, and that is exactly why it lands.

:::spoiler
The ending keeps faith with *Shane*. Stabbed in the stomach at his last meeting with Bernie, the Driver sits motionless behind the wheel in a deserted car park for so long that we take him for dead. Then he blinks, starts the engine and drives off into the night, alone.
:::`,
    contentWarning: "Several scenes of brutal, bloody killing, some filmed in close-up, with knives, a shotgun and a boot.",
    musicNotes: `Cliff Martinez's electronic score pulses coolly, and the synth-pop songs give the night drives a dreamy, retro glow. In the sequence where the Driver hunts down Nino, Refn reuses "Oh My Love", Riz Ortolani's theme from Gualtiero Jacopetti and Franco Prosperi's *Goodbye Uncle Tom* (*Addio zio Tom*, 1971). Its lush sweetness against what happens on screen is one of the film's boldest choices.`,
  },
  ja: {
    status: "published",
    publishedAt: "2026-10-09T09:00:00Z",
    title: "ドライヴ",
    excerpt:
      "ニコラス・ウィンディング・レフンが、逃がし屋の骨だけの物語をネオンに照らされた現代の西部劇に変えた。ライアン・ゴズリングが『シェーン』の系譜に連なる寡黙なヒーローを演じる。",
    synopsis: `ドライバー(ライアン・ゴズリング)には友人と呼べる相手も家族もいない。昼はシャノン(ブライアン・クランストン)が営むロサンゼルスの自動車修理工場で働き、映画のカースタントもこなす。夜は強盗の逃走車を請け負う「逃がし屋」だ。仕事を取り仕切るシャノンは彼をストックカーレースに出そうと考え、マフィアのバーニー・ローズ(アルバート・ブルックス)とその相棒ニーノ(ロン・パールマン)に出資させる。

ドライバーは同じアパートに住むアイリーン(キャリー・マリガン)と幼い息子ベニシオと親しくなる。ベニシオの父親は服役中だ。三人で過ごす穏やかな午後が、彼の人生で唯一のぬくもりになっていく。やがてアイリーンの夫スタンダード・ガブリエル(オスカー・アイザック)が借金を抱えて出所し、ギャングのクック(ジェームズ・ビベリ)に、質屋を襲わなければ妻子に危害を加えると脅される。ドライバーは報酬なしで逃走車の運転を引き受ける。

襲撃は失敗する。スタンダードは店の前で撃ち殺され、ブランチ(クリスティーナ・ヘンドリックス)が持ち出したバッグには、聞かされていたよりはるかに多い、東海岸マフィアの金が入っていた。バーニーとニーノが事情を知る者を次々と消していくなか、ドライバーはアイリーンとベニシオを守るために動き出す。`,
    commentary: `『ドライヴ』は、アート映画の装いをまとった削ぎ落とされた犯罪映画だ。あるいはその逆かもしれない。一匹狼、守りたい母と子、始末をつけるべき男たち。マッチ箱の裏に書けそうな筋書きを、ニコラス・ウィンディング・レフンはヨーロッパの作家映画のような辛抱強さで撮る。長い沈黙、濡れた路面をすべるネオン、ほとんど口をきかない主人公。

最も近い先祖はカーチェイス映画ではなく、ジョージ・スティーヴンス監督の西部劇[『シェーン』](/reviews/shane)(1953年)だろう。暴力の才を持つ流れ者が、自分のものではない家族のそばにしばし身を置き、最後には去っていく。レフンはその倫理の構図を借り、B級犯罪映画の荒っぽい快楽とロマンスの陶酔を掛け合わせる。うまくいくはずのない組み合わせが、驚くほど機能している。

ゴズリングはドライバーを観客が意味を書き込む余白として演じる。一方、これまでのイメージを裏切る役柄のアルバート・ブルックスは、詫びながら人を殺すからこそ作中で最も恐ろしい。暴力は唐突に、華やかさのかけらもなく訪れる。だからこそ深く刺さる。

:::spoiler
結末は『シェーン』に忠実だ。バーニーとの最後の取引で腹を刺されたドライバーは、人けのない駐車場で運転席に座ったまま長いあいだ動かず、観客は彼が死んだと思い込む。やがて彼はまばたきをし、エンジンをかけ、ひとり夜の中へ走り去る。
:::`,
    contentWarning: "刃物や散弾銃、踏みつけによる残忍で血なまぐさい殺人場面が、接写を含めて何度も登場します。",
    musicNotes: `クリフ・マルティネスのエレクトロニックなスコアは冷ややかに脈打ち、シンセポップの挿入歌が夜のドライブにレトロで夢のような輝きを添える。ドライバーがニーノを追い詰める場面では、グァルティエロ・ヤコペッティとフランコ・プロスペリ監督の『残酷大陸』(*Addio zio Tom*、1971年)のテーマ曲、リズ・オルトラーニ作曲の「Oh My Love」が流れる。甘美な旋律と画面の出来事との落差は、本作で最も大胆な選択のひとつだ。`,
  },
  fr: {
    status: "published",
    publishedAt: "2026-10-05T09:00:00Z",
    title: "Drive",
    excerpt:
      "Nicolas Winding Refn fait d’une intrigue de chauffeur pour braqueurs réduite à l’os un western moderne baigné de néons, avec Ryan Gosling en héros presque muet dans la lignée de Shane.",
    synopsis: `Le Chauffeur (Ryan Gosling) n’a pas vraiment d’amis, et pas de famille du tout. Le jour, il répare des voitures dans le garage de Shannon (Bryan Cranston), à Los Angeles, et réalise des cascades automobiles pour le cinéma ; la nuit, il se loue comme chauffeur à des braqueurs. Shannon, qui gère toutes ses affaires, rêve de le faire courir en stock-car et convainc le truand Bernie Rose (Albert Brooks) et son associé Nino (Ron Perlman) de financer le projet.

Dans son immeuble, le Chauffeur se lie avec sa voisine Irene (Carey Mulligan) et son jeune fils Benicio, dont le père est en prison. Les après-midi passés avec eux deviennent la seule chaleur de sa vie. Puis le mari d’Irene, Standard Gabriel (Oscar Isaac), sort de prison avec une dette : le gangster Cook (James Biberi) menace sa femme et son fils s’il ne braque pas un prêteur sur gages. Le Chauffeur propose de conduire gratuitement.

Le casse tourne mal. Standard est abattu devant la boutique, et le sac que rapporte Blanche (Christina Hendricks) contient bien plus d’argent qu’annoncé : de l’argent qui appartient à la mafia de la côte Est. Tandis que Bernie et Nino éliminent tous ceux qui savent, le Chauffeur entreprend de garder Irene et Benicio en vie.`,
    commentary: `*Drive* est un polar dépouillé habillé en film d’auteur, à moins que ce ne soit l’inverse. Nicolas Winding Refn prend une intrigue qui tiendrait au dos d’une boîte d’allumettes (un solitaire, une femme et un enfant à protéger, des hommes à neutraliser) et la met en scène avec la patience d’un cinéaste européen : longs silences, néons glissant sur l’asphalte mouillé, un héros qui prononce à peine cent mots.

Son ancêtre le plus proche n’est pas un film de poursuites mais le western de George Stevens [*L’Homme des vallées perdues*](/reviews/shane) (*Shane*, 1953). Un vagabond doué pour la violence s’installe un temps auprès d’une famille qui n’est pas la sienne, puis doit la quitter. Refn emprunte cette géométrie morale et la croise avec les plaisirs poisseux du polar de série B et l’ivresse d’une romance. Le mélange ne devrait pas fonctionner aussi bien.

Gosling joue le Chauffeur comme une page blanche que le spectateur remplit, tandis qu’Albert Brooks, à contre-emploi total, est ce que le film a de plus effrayant : il s’excuse en tuant. Quand la violence arrive, elle surgit sans prévenir et sans glamour, et c’est précisément ce qui la rend si forte.

:::spoiler
La fin reste fidèle à *Shane*. Poignardé au ventre lors de son dernier rendez-vous avec Bernie, le Chauffeur reste immobile au volant dans un parking désert, si longtemps qu’on le croit mort. Puis il cligne des yeux, démarre et s’éloigne seul dans la nuit.
:::`,
    contentWarning: "Plusieurs scènes de meurtres brutaux et sanglants, parfois filmées de près, au couteau, au fusil de chasse et à coups de talon.",
    musicNotes: `La partition électronique de Cliff Martinez pulse froidement, et les chansons synth-pop donnent aux trajets nocturnes un éclat rétro et rêveur. Dans la séquence où le Chauffeur traque Nino, Refn reprend « Oh My Love », le thème de Riz Ortolani pour *Adieu Oncle Tom* (*Addio zio Tom*, 1971) de Gualtiero Jacopetti et Franco Prosperi. Sa douceur sucrée face à ce que montre l’écran est l’un des choix les plus audacieux du film.`,
  },
  ar: {
    status: "published",
    publishedAt: "2026-10-12T09:00:00Z",
    title: "درايف",
    excerpt:
      "يحوّل نيكولاس ويندينغ ريفن حكاية سائق هروب بسيطة إلى فيلم غرب أمريكي حديث تغمره أضواء النيون، ويؤدي فيه رايان غوسلينغ دور بطل شبه صامت على خطى «شين».",
    synopsis: `لا أصدقاء للسائق (رايان غوسلينغ) ولا عائلة. في النهار يصلح السيارات في ورشة يملكها شانون (براين كرانستون) في لوس أنجلوس، ويؤدي مشاهد القيادة الخطرة في الأفلام بديلًا عن الممثلين؛ وفي الليل يؤجّر نفسه سائقًا لعصابات السطو. يحلم شانون، الذي يدير كل أعماله، بإدخاله سباقات السيارات، فيقنع رجل العصابات بيرني روز (ألبرت بروكس) وشريكه نينو (رون بيرلمان) بتمويل المشروع.

في المبنى الذي يسكنه يتعرّف السائق إلى جارته آيرين (كاري موليغان) وابنها الصغير بينيسيو، وأبوه في السجن. تصبح الساعات الهادئة معهما الدفء الوحيد في حياته. ثم يخرج زوجها ستاندرد غابرييل (أوسكار آيزك) من السجن مثقلًا بدَين، فيهدده رجل العصابات كوك (جيمس بيبيري) بإيذاء زوجته وابنه ما لم يسطُ على محل رهونات. يعرض السائق أن يقود سيارة الهروب بلا مقابل.

تفشل عملية السطو. يُقتل ستاندرد بالرصاص أمام المحل، والحقيبة التي تخرج بها بلانش (كريستينا هندريكس) تحوي مالًا أكثر بكثير مما قيل، مالًا يعود إلى مافيا الساحل الشرقي. وبينما يتخلص بيرني ونينو من كل من يعرف، يقرر السائق أن يُبقي آيرين وبينيسيو على قيد الحياة.`,
    commentary: `«درايف» فيلم جريمة مجرّد من كل زيادة يرتدي ثوب الفيلم الفني، أو ربما العكس. يأخذ نيكولاس ويندينغ ريفن حبكة يكفيها ظهر علبة ثقاب (رجل وحيد، وامرأة وطفل يريد حمايتهما، ورجال لا بد من مواجهتهم) ويخرجها بصبر مخرج أوروبي: صمت طويل، ونيون ينساب على الشوارع المبتلة، وبطل لا ينطق إلا بكلمات معدودة.

أقرب أسلافه ليس فيلم مطاردات بل فيلم الغرب الأمريكي [«شين»](/reviews/shane) (1953) لجورج ستيفنز. غريب بارع في العنف يستقر حينًا إلى جوار عائلة ليست عائلته، ثم يضطر إلى الرحيل عنها. يستعير ريفن هذه الهندسة الأخلاقية ويمزجها بمتع أفلام الجريمة من الدرجة الثانية وبنشوة قصة حب، وما كان لهذا المزيج أن ينجح بهذا القدر.

يؤدي غوسلينغ دور السائق كصفحة بيضاء يملؤها المشاهد، أما ألبرت بروكس، في دور يناقض كل ما عُرف به، فهو أكثر ما في الفيلم إثارة للرعب لأنه يعتذر وهو يقتل. وحين يأتي العنف يأتي فجأة وبلا بريق، وهذا بالضبط ما يجعله مؤثرًا.

:::spoiler
تبقى النهاية وفية لـ«شين». بعد أن يُطعن السائق في بطنه في لقائه الأخير مع بيرني، يجلس بلا حراك خلف المقود في موقف سيارات مهجور زمناً طويلاً حتى نظنه قد مات. ثم يرمش، ويدير المحرّك، ويبتعد وحيداً في الليل.
:::`,
    contentWarning: "يتضمن الفيلم عدة مشاهد قتل وحشية ودموية، بعضها مصوَّر عن قرب، بالسكين وبندقية الصيد وبالركل.",
    musicNotes: `موسيقى كليف مارتينيز الإلكترونية باردة نابضة، وتمنح أغاني السينث بوب مشاهد القيادة الليلية وهجًا حالمًا يستعيد الماضي. وفي المشهد الذي يتعقب فيه السائق نينو، يستعيد ريفن أغنية «Oh My Love» من تأليف ريز أورتولاني، اللحن الرئيسي لفيلم «وداعًا أيها العم توم» (*Addio zio Tom*، 1971) لغوالتييرو ياكوبيتي وفرانكو بروسبيري. ورقّتها الحالمة في مواجهة ما يجري على الشاشة من أجرأ خيارات الفيلم.`,
  },
};
