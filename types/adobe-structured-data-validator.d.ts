// @adobe/structured-data-validator ships JavaScript only; the part Marquee's tests use.
declare module "@adobe/structured-data-validator" {
  export type StructuredDataIssue = {
    issueMessage: string;
    severity: "ERROR" | "WARNING";
    path: { type?: string; property?: string; index?: number }[];
  };
  export default class Validator {
    constructor(schemaOrgJson?: unknown);
    validate(data: { jsonld: Record<string, unknown[]>; microdata: object; rdfa: object }): Promise<StructuredDataIssue[]>;
  }
}
