import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { localePath } from "@/i18n/paths";
import { AdminFrame } from "@/components/admin/admin-frame";
import { LocalTime } from "@/components/admin/local-time";
import { Pagination } from "@/components/admin/pagination";
import { StateChip } from "@/components/admin/state-chip";
import { canTranslate } from "@/lib/access/can-edit";
import { requireAccount } from "@/lib/auth/session";
import { translationQueue } from "@/lib/editorial/work-queue";
import { isLocale } from "@/lib/locales";

type Props = PageProps<"/[locale]/admin/queue/[target]">;

export const metadata: Metadata = { robots: { index: false } };

/** One locale's translation work: missing, outdated and draft texts, the longest waiting first. Where a translator lands. */
export default async function QueuePage({ params, searchParams }: Props) {
  const { locale: uiParam, target } = await params;
  const locale = uiParam as Locale;
  setRequestLocale(locale);
  const account = await requireAccount(locale, localePath(locale, `/admin/queue/${target}`));
  if (!isLocale(target)) notFound();
  const requested = Number.parseInt(String((await searchParams).page ?? "1"), 10);
  const queue = await translationQueue(target, Number.isFinite(requested) ? requested : 1);
  const t = await getTranslations({ locale, namespace: "Admin.queue" });
  const language = new Intl.DisplayNames([locale], { type: "language" }).of(target) ?? target;
  const mine = canTranslate(account, target);

  return (
    <AdminFrame locale={locale} path={`/admin/queue/${target}`} editor={account} forms={false}>
      <h1 className="page-title">{t("title", { language })}</h1>
      <p>{t("intro", { count: queue.total })}</p>
      {queue.rows.length === 0 ? (
        <p>{t("empty", { language })}</p>
      ) : (
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">{t("film")}</th>
              <th scope="col">{t("state")}</th>
              <th scope="col">{t("waiting")}</th>
            </tr>
          </thead>
          <tbody>
            {queue.rows.map((row) => (
              <tr key={row.slug}>
                <th scope="row">
                  {mine ? (
                    <a href={localePath(locale, `/admin/films/${row.slug}/translations/${target}`)}>{row.title}</a>
                  ) : (
                    <a href={localePath(locale, `/admin/films/${row.slug}`)}>{row.title}</a>
                  )}
                </th>
                <td>
                  <StateChip locale={locale} target={target} state={row.state} />
                </td>
                <td>
                  <LocalTime date={row.waitingSince} locale={locale} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination locale={locale} page={queue.page} pages={queue.pages} filters={{ page: queue.page }} basePath={`/admin/queue/${target}`} />
    </AdminFrame>
  );
}
