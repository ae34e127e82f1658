"use server";

import { assertEditor } from "@/lib/auth/session";
import { searchPeople } from "@/lib/editorial/people-search";
import { FAILED, echoValues, failure, refusal, type ActionResult } from "@/lib/admin/action-result";
import { tagOfListing } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { revalidateTags } from "@/lib/editorial/revalidate";
import { personLinksSchema } from "@/lib/validations/person";
import { zodFieldErrors } from "@/lib/validations/field-errors";

export type PersonMatch = { name: string; names: string[] };
export type FindPeopleResult = ActionResult & { people?: PersonMatch[] };

const MATCHES = 8;

/**
 * People whose credited or localized name contains the query, for the facts
 * form's people picker: "ゴズリング" finds Ryan Gosling through his Japanese
 * name. At most eight, so a catalog of any size answers in one indexed read.
 */
export async function findPeople(_previous: unknown, form: FormData): Promise<FindPeopleResult> {
  try {
    await assertEditor();
  } catch (error) {
    return refusal(error);
  }
  try {
    const people = await searchPeople(String(form.get("q") ?? ""), MATCHES);
    return { ok: true, people: people.map(({ name, names }) => ({ name, names })) };
  } catch (error) {
    return failure(error);
  }
}

/**
 * A person's pages elsewhere (Wikidata, IMDb), shown to search engines as
 * sameAs on the person's page. Editors keep them; translators do not.
 */
export async function savePersonLinks(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  try {
    await assertEditor();
  } catch (error) {
    return refusal(error);
  }
  const values = echoValues(form);
  const parsed = personLinksSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error), values };
  const { slug, wikidataId, imdbId } = parsed.data;
  try {
    const { count } = await db.person.updateMany({ where: { slug }, data: { wikidataId, imdbId } });
    if (count === 0) return { ...FAILED, values };
  } catch (error) {
    return failure(error, values);
  }
  // The person's own pages carry the links (their JSON-LD); nothing else shows them.
  revalidateTags([tagOfListing({ kind: "person", slug, page: 1 })]);
  return { ok: true, message: "peopleList.saved", values: { wikidataId: wikidataId ?? "", imdbId: imdbId ?? "" } };
}
