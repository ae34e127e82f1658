"use client";

import { useEffect, useRef, useState } from "react";
import { youTubeEmbedUrl } from "@/lib/youtube";

type Props = {
  videoId: string;
  /** The trailer's own title, used for the iframe's title attribute. */
  title: string;
  /** Localized button text, e.g. "Play trailer: Drive – Movie Trailer (2011) HD". */
  label: string;
};

/**
 * Loads nothing from YouTube until the reader asks for it: a local button
 * first, then the no-cookie embed with autoplay.
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
    <button type="button" className="trailer__facade" onClick={() => setActive(true)}>
      <span className="trailer__play" aria-hidden="true" />
      <span className="trailer__label">{label}</span>
    </button>
  );
}
