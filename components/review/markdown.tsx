import ReactMarkdown, { type Components } from "react-markdown";
import remarkDirective from "remark-directive";
import rehypeSanitize from "rehype-sanitize";
import { localePath } from "@/i18n/paths";
import type { Locale } from "@/i18n/routing";
import { MARKDOWN_LIMITS, markdownProblem, unparsedText } from "@/lib/markdown/bounds";
import { remarkSpoilers } from "@/lib/markdown/spoilers";

type Props = { children: string; locale: Locale; /** The localized summary of collapsed spoiler blocks. */ spoilerLabel: string };

const components: (locale: Locale) => Components = (locale) => ({
  // The page owns h1/h2; headings inside a review body start one level below.
  h1: ({ node: _node, ...props }) => <h3 {...props} />,
  h2: ({ node: _node, ...props }) => <h3 {...props} />,
  a: ({ node: _node, href = "", ...props }) => {
    if (href.startsWith("/") && !href.startsWith("//")) {
      return <a {...props} href={localePath(locale, href)} />;
    }
    return <a {...props} href={href} rel="noopener noreferrer nofollow" />;
  },
});

/**
 * Editor-written markdown, sanitized (rehype-sanitize's GitHub schema: no
 * scripts, no event handlers, no javascript: URLs). Links to other Marquee
 * pages ("/reviews/shane") follow the reader's locale, and `:::spoiler`
 * blocks (lib/markdown/spoilers.ts) are collapsed behind a localized summary.
 * Renders on the server (reader pages) and in the browser (live preview).
 * Text past the pipeline's limits (lib/markdown/bounds.ts) is never parsed:
 * it shows as plain paragraphs, so no stored text can stall or break a page.
 */
export function Markdown({ children, locale, spoilerLabel }: Props) {
  if (markdownProblem(children)) return <PlainParagraphs text={children} />;
  return (
    <div className="prose">
      <ReactMarkdown
        remarkPlugins={[remarkDirective, [remarkSpoilers, { label: spoilerLabel }]]}
        rehypePlugins={[rehypeSanitize]}
        components={components(locale)}
      >
        {children}
      </ReactMarkdown>
    </div>
  );
}

function PlainParagraphs({ text }: { text: string }) {
  const paragraphs = unparsedText(text).split(/\n\s*\n/);
  // Past the line limit the rest goes in one last paragraph: tens of thousands
  // of <p> elements would cost more to render than the text is worth.
  const shown = [...paragraphs.slice(0, MARKDOWN_LIMITS.lines), paragraphs.slice(MARKDOWN_LIMITS.lines).join("\n\n")].filter(Boolean);
  return (
    <div className="prose prose--plain">
      {shown.map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </div>
  );
}
