"use client";

import { useState, type ComponentProps } from "react";
import { FilmForm } from "./film-form";

type Props = Omit<ComponentProps<typeof FilmForm>, "mergedOnto" | "onMerge">;

/**
 * The facts form of an existing film. A save refused because someone saved
 * in between is merged field by field (ConflictMerge); the form then starts
 * again on the merged values, standing on their version, ready to save.
 */
export function FactsEditor(props: Props) {
  const [merged, setMerged] = useState<{ values: Record<string, string>; version: number } | null>(null);
  // A new key per merge: the form starts again from the merged values.
  return (
    <FilmForm
      key={merged?.version ?? "loaded"}
      {...props}
      {...(merged && {
        initial: { ...props.initial, ...merged.values, version: String(merged.version) },
        initialGenres: merged.values.genres?.split(/[\s,]+/).filter(Boolean) ?? [],
        mergedOnto: merged.version,
      })}
      onMerge={(values, version) => setMerged({ values, version })}
    />
  );
}
