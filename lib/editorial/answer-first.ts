import "server-only";
import { workAsyncStorage } from "next/dist/server/app-render/work-async-storage.external";
import { executeRevalidates } from "next/dist/server/revalidation-utils";

/** Next's ActionDidNotRevalidate (next/dist/shared/lib/action-revalidation-kind). */
const DID_NOT_REVALIDATE = 0;

/**
 * Lets a server action answer without a render of the page it was posted
 * from, once the tags it expired are expired.
 *
 * Why: when an action expires a tag at once (revalidateTag with expire 0),
 * Next renders the whole page the form is on and sends it with the answer.
 * For the translation editor that render is most of a save's time under load
 * (PostgreSQL, 50 readers on one server: save p95 ~650 ms with it, ~320 ms
 * without), and the editor waits for it before seeing "Saved.". The form needs
 * only the answer (the new version); it refreshes the rest of the page itself
 * after showing it (router.refresh() in components/admin/translation-editor.tsx
 * and film-form.tsx).
 *
 * Next has no public switch for this: its action handler renders when
 * workStore.pathWasRevalidated is set. So the expiries are applied here, before
 * the answer (a reader or the editor who follows the answer gets the new
 * page), and the flag is put back. Submissions without JavaScript are not
 * affected: they always get the page as HTML. e2e/cache-freshness.spec.ts
 * checks that a saved text is on the reader's page right after "Saved.".
 */
export async function answerWithoutRender() {
  const store = workAsyncStorage.getStore();
  if (!store) return;
  await executeRevalidates(store);
  // Applied: the action's end would otherwise apply them a second time.
  store.pendingRevalidatedTags = [];
  store.pathWasRevalidated = DID_NOT_REVALIDATE;
}
