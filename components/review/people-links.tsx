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

/** "A, B and C" in the reader's language, each item a link to a Marquee page. */
export function LinkedList({ items, locale }: { items: readonly { href: string; name: string }[]; locale: Locale }) {
  const parts = new Intl.ListFormat(locale, { style: "long", type: "conjunction" }).formatToParts(items.map((i) => i.name));
  let next = 0;
  return (
    <>
      {parts.map((part, i) => {
        const item = part.type === "element" ? items[next++] : undefined;
        return item ? (
          <LocaleLink key={i} locale={locale} href={item.href}>
            {item.name}
          </LocaleLink>
        ) : (
          part.value
        );
      })}
    </>
  );
}

/** People named in a list, each linking to their page. */
export function PeopleLinks({ people, locale }: { people: readonly Person[]; locale: Locale }) {
  return <LinkedList items={people.map((p) => ({ href: `/people/${p.slug}`, name: p.name }))} locale={locale} />;
}
