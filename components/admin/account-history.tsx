import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import type { recentAccountEvents } from "@/lib/editorial/account-events";
import { LocalTime } from "./local-time";

type Props = { locale: Locale; events: Awaited<ReturnType<typeof recentAccountEvents>> };

/** The latest changes to accounts (made, renamed, passwords, disabled), for admins. */
export async function AccountHistory({ locale, events }: Props) {
  const t = await getTranslations({ locale, namespace: "Admin.accounts.history" });
  return (
    <section aria-labelledby="account-history">
      <h2 id="account-history">{t("title")}</h2>
      {events.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">{t("when")}</th>
              <th scope="col">{t("account")}</th>
              <th scope="col">{t("what")}</th>
              <th scope="col">{t("by")}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => (
              <tr key={event.id}>
                <td>
                  <LocalTime date={event.createdAt} locale={locale} />
                </td>
                <td dir="auto">{event.account}</td>
                <td dir="auto">{t(`kinds.${event.kind}`, { previous: event.previous ?? "", current: event.current ?? "" })}</td>
                <td dir="auto">{event.actor ?? t("deleted")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
