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

  it("leaves out a time saved again to the second, and bookkeeping, but keeps a real reschedule", () => {
    const older = { publishedAt: "2026-11-25T10:00:00.123Z", version: "3", title: "Drive" };
    expect(diffSnapshots(older, { publishedAt: "2026-11-25T10:00:00.000Z", version: "4", title: "Drive" })).toEqual([]);
    expect(diffSnapshots(older, { ...older, publishedAt: "2026-11-26T10:00:00.000Z" }).map((d) => d.field)).toEqual(["publishedAt"]);
    expect(diffSnapshots({ publishedAt: "" }, { publishedAt: "2026-11-26T10:00:00.000Z" })).toHaveLength(1);
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
