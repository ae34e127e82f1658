import { adminClient } from "better-auth/client/plugins";
import { createAuthClient } from "better-auth/react";

// Browser side of better-auth, for the sign-in form. Same origin as the page.
export const authClient = createAuthClient({ plugins: [adminClient()] });
