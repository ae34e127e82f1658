import { LocaleLink } from "@/components/locale-link";
import type { Locale } from "@/i18n/routing";

type Person = { slug: string; name: string };

export function PersonLink({ person, locale, className }: { person: Person; locale: Locale; className?: string }) {
  return (
    <LocaleLink locale={locale} href={`/people/${person.slug}`} className={className}>
      {person.name}
    </LocaleLink>
  );
}

/** "A, B and C" in the reader's language, each name linking to that person's page. */
export function PeopleLinks({ people, locale }: { people: readonly Person[]; locale: Locale }) {
  const parts = new Intl.ListFormat(locale, { style: "long", type: "conjunction" }).formatToParts(people.map((p) => p.name));
  let next = 0;
  return (
    <>
      {parts.map((part, i) => {
        const person = part.type === "element" ? people[next++] : undefined;
        return person ? <PersonLink key={i} person={person} locale={locale} /> : part.value;
      })}
    </>
  );
}
