// Checks JSON-LD with Adobe's structured-data validator, which applies
// schema.org's and Google's rich-result rules (required fields such as a
// VideoObject's uploadDate). Used by the unit tests and the site crawl.

/** The validator's errors (not its warnings) for a page's JSON-LD blocks, one readable line each. */
export async function structuredDataErrors(blocks: readonly string[]): Promise<string[]> {
  const { default: Validator } = await import("@adobe/structured-data-validator");
  const jsonld: Record<string, unknown[]> = {};
  for (const block of blocks) {
    const item = JSON.parse(block) as { "@type": string };
    (jsonld[item["@type"]] ??= []).push(item);
  }
  const issues = await new Validator().validate({ jsonld, microdata: {}, rdfa: {} });
  return issues
    .filter((issue) => issue.severity === "ERROR")
    .map((issue) => `${issue.issueMessage} at ${issue.path.map((step) => step.property ?? step.type).join(" › ")}`);
}
