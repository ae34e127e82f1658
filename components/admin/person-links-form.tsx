"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { savePersonLinks } from "@/lib/admin/actions/people";
import { Field, fieldAria } from "./field";
import { FormMessage } from "./form-message";
import { usePermalink } from "./use-permalink";

type Props = { slug: string; wikidataId: string; imdbId: string };

/** A person's Wikidata item and IMDb name page, pasted as links or ids. */
export function PersonLinksForm({ slug, wikidataId, imdbId }: Props) {
  const t = useTranslations("Admin.peopleList");
  const postback = usePermalink();
  const [state, action, pending] = useActionState(savePersonLinks, null, postback.permalink);
  // What was typed (refused) or what was stored (saved: the ids as normalized from pasted links).
  const value = (name: string, saved: string) => state?.values?.[name] ?? saved;
  const input = (name: "wikidataId" | "imdbId", saved: string) => {
    const error = state?.fieldErrors?.[name];
    return (
      <Field id={name} label={t(name)} hint={t(`${name}Hint`)} error={error}>
        <input id={name} name={name} dir="ltr" maxLength={300} defaultValue={value(name, saved)} {...fieldAria(name, true, error)} />
      </Field>
    );
  };
  return (
    <form id={postback.id} action={action} className="admin-form" key={state?.ok ? "saved" : "editing"}>
      <h2>{t("linksTitle")}</h2>
      <input type="hidden" name="slug" value={slug} />
      {input("wikidataId", wikidataId)}
      {input("imdbId", imdbId)}
      <FormMessage state={state} />
      <button type="submit" className="button button--primary" disabled={pending}>
        {t("save")}
      </button>
    </form>
  );
}
