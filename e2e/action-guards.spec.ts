import { test } from "@playwright/test";
import { GUARDS, checkGuard } from "./guard-table";

// One test per server action, driven by e2e/guard-table.ts. Emptying the
// trash deletes every trashed film, so its row runs in e2e/trash.spec.ts, in
// the last project, after every spec that trashes and restores films.
for (const [name, guard] of Object.entries(GUARDS)) {
  if (name === "emptyTrash") continue;
  test(`${name}: refused below ${guard.allowed}, done by ${guard.allowed}`, ({ request }) => checkGuard(request, name));
}
