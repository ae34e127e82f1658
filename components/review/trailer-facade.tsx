"use client";

import { useEffect, useRef, useState } from "react";
import { youTubeEmbedUrl, youTubeWatchUrl } from "@/lib/youtube";

type Props = {
  videoId: string;
  /** The trailer's own title, used for the iframe's title attribute. */
  title: string;
  /** Localized button text, e.g. "Play trailer: Drive – Movie Trailer (2011) HD". */
  label: string;
};

/**
 * Loads nothing from YouTube until the reader asks for it: a plain link to the
 * video first (all a reader without JavaScript gets, and it works), which a
 * click, Enter or Space turns into the no-cookie embed with autoplay. A click
 * that asks for a new tab or window keeps the link's own behaviour.
 */
export function TrailerFacade({ videoId, title, label }: Props) {
  const [active, setActive] = useState(false);
  const frame = useRef<HTMLIFrameElement>(null);

  useEffect(() => {
    if (active) frame.current?.focus();
  }, [active]);

  if (active) {
    return (
      <iframe
        ref={frame}
        className="trailer__frame"
        src={youTubeEmbedUrl(videoId, true)}
        title={title}
        allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
        allowFullScreen
        referrerPolicy="strict-origin-when-cross-origin"
      />
    );
  }
  return (
    <a
      href={youTubeWatchUrl(videoId)}
      className="trailer__facade"
      onClick={(event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        setActive(true);
      }}
      onKeyDown={(event) => {
        // Space plays it too, as it would a button.
        if (event.key !== " ") return;
        event.preventDefault();
        setActive(true);
      }}
    >
      <span className="trailer__play" aria-hidden="true" />
      <span className="trailer__label">{label}</span>
    </a>
  );
}
