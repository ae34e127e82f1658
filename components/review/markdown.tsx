import ReactMarkdown, { type Components } from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import { localePath } from "@/i18n/paths";
import type { Locale } from "@/i18n/routing";

type Props = { children: string; locale: Locale };

/**
 * Editor-written markdown, sanitized (rehype-sanitize's GitHub schema: no
 * scripts, no event handlers, no javascript: URLs). Links to other Marquee
 * pages ("/reviews/shane") follow the reader's locale.
 */
export function Markdown({ children, locale }: Props) {
  const components: Components = {
    // The page owns h1/h2; headings inside a review body start one level below.
    h1: ({ node: _node, ...props }) => <h3 {...props} />,
    h2: ({ node: _node, ...props }) => <h3 {...props} />,
    a: ({ node: _node, href = "", ...props }) => {
      if (href.startsWith("/") && !href.startsWith("//")) {
        return <a {...props} href={localePath(locale, href)} />;
      }
      return <a {...props} href={href} rel="noopener noreferrer nofollow" />;
    },
  };
  return (
    <div className="prose">
      <ReactMarkdown rehypePlugins={[rehypeSanitize]} components={components}>
        {children}
      </ReactMarkdown>
    </div>
  );
}
