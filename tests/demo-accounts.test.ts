import { describe, expect, it } from "vitest";
import { demoAccounts } from "@/lib/demo-accounts";
import { demoLogins } from "../scripts/lib/demo-logins.mjs";

describe("demo accounts", () => {
  it("are what npm start prints", () => {
    const lines: string[] = demoLogins({});
    for (const account of demoAccounts({})) {
      expect(lines).toContain(`Demo ${account.role}: ${account.email} / ${account.password}`);
    }
  });

  it("take the admin's address and password from the environment, and never print that password", () => {
    const env = { MARQUEE_ADMIN_EMAIL: "chief@example.org", MARQUEE_ADMIN_PASSWORD: "from-the-environment" };
    expect(demoAccounts(env)[0]).toMatchObject({ email: "chief@example.org", password: "from-the-environment" });
    expect(demoLogins(env).join("\n")).not.toContain("from-the-environment");
  });
});
