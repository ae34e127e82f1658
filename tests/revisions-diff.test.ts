import { describe, expect, it } from "vitest";
import { diffSnapshots } from "@/lib/editorial/revisions";

describe("diffSnapshots", () => {
  it("reports only the fields that changed, word by word", () => {
    const diff = diffSnapshots(
      { title: "Drive", commentary: "A quiet film about a driver." },
      { title: "Drive", commentary: "A loud film about a driver." },
    );
    expect(diff).toHaveLength(1);
    expect(diff[0]!.field).toBe("commentary");
    expect(diff[0]!.parts.filter((p) => p.removed).map((p) => p.value)).toEqual(["quiet"]);
    expect(diff[0]!.parts.filter((p) => p.added).map((p) => p.value)).toEqual(["loud"]);
  });

  it("treats a missing field as empty", () => {
    expect(diffSnapshots({}, { musicNotes: "Score" })[0]!.parts).toEqual([{ value: "Score", added: true, removed: false }]);
  });
});

describe("revision snapshots", () => {
  it("show nested labels one per line under dotted names", async () => {
    const { flattenSnapshot } = await import("@/lib/editorial/revisions");
    expect(
      flattenSnapshot({
        title: "Drive",
        labels: { characters: [{ actor: "Ryan Gosling", original: "Driver", value: "le Chauffeur" }], awards: [] },
      }),
    ).toEqual({ title: "Drive", "labels.characters": "Ryan Gosling | Driver | le Chauffeur", "labels.awards": "" });
  });
});
