import { z } from "zod";

/**
 * Characters XML 1.0 forbids (C0 controls other than tab, newline and
 * carriage return; U+FFFE/U+FFFF; unpaired surrogates). One of them in a
 * title made every feed invalid XML for every subscriber. Saves strip them
 * and every XML writer strips them again (lib/seo/xml.ts), for older rows.
 */
export const XML_FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const withoutForbiddenChars = (text: string) => text.replace(XML_FORBIDDEN, "");

/** Every string of a submitted form, cleaned before any field is checked. */
export function cleanStrings(input: unknown): unknown {
  if (typeof input === "string") return withoutForbiddenChars(input);
  if (Array.isArray(input)) return input.map(cleanStrings);
  if (input && typeof input === "object" && Object.getPrototypeOf(input) === Object.prototype) {
    return Object.fromEntries(Object.entries(input).map(([key, value]) => [key, cleanStrings(value)]));
  }
  return input;
}

/** A form schema whose strings are cleaned of forbidden characters first. */
export const cleanForm = <T extends z.ZodType>(schema: T) => z.preprocess(cleanStrings, schema);
