import type { DiffPart } from "@/lib/editorial/source-changes";

type Props = { parts: DiffPart[]; lang?: string; addedLabel: string; removedLabel: string; className?: string };

/** Text with its insertions and deletions marked (ins/del, which screen readers announce). */
export function DiffText({ parts, lang, addedLabel, removedLabel, className = "revision-diff__text" }: Props) {
  return (
    <p className={className} lang={lang} dir="auto">
      {parts.map((part, index) =>
        part.added ? (
          <ins key={index} title={addedLabel}>
            {part.value}
          </ins>
        ) : part.removed ? (
          <del key={index} title={removedLabel}>
            {part.value}
          </del>
        ) : (
          <span key={index}>{part.value}</span>
        ),
      )}
    </p>
  );
}
