import { Fragment } from "react";
import { MARK_END, MARK_START } from "@/lib/search/query";

/** A search snippet with its matches in <mark>; the text itself is never parsed as HTML. */
export function Snippet({ text, ...props }: { text: string; lang?: string; dir?: "ltr" | "rtl" }) {
  const parts = text.split(MARK_START);
  return (
    <p className="search-snippet" {...props}>
      {parts.map((part, i) => {
        if (i === 0) return <Fragment key={i}>{part.replaceAll(MARK_END, "")}</Fragment>;
        const [hit = "", ...rest] = part.split(MARK_END);
        return (
          <Fragment key={i}>
            <mark>{hit}</mark>
            {rest.join("")}
          </Fragment>
        );
      })}
    </p>
  );
}
