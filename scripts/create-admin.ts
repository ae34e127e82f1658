// Creates the first admin of a real deployment (no demo content):
//   MARQUEE_ADMIN_EMAIL=you@example.org MARQUEE_ADMIN_PASSWORD='…' npm run admin:create
import { auth } from "@/lib/auth/server";
import { db } from "@/lib/db";
import { createAccountSchema } from "@/lib/validations/account";

async function main() {
  const parsed = createAccountSchema.safeParse({
    name: process.env.MARQUEE_ADMIN_NAME || "Administrator",
    email: process.env.MARQUEE_ADMIN_EMAIL,
    password: process.env.MARQUEE_ADMIN_PASSWORD,
    role: "admin",
  });
  if (!parsed.success) {
    console.error("Set MARQUEE_ADMIN_EMAIL and MARQUEE_ADMIN_PASSWORD (at least 10 characters).");
    process.exit(1);
  }
  if (await db.user.findUnique({ where: { email: parsed.data.email } })) {
    console.error(`An account for ${parsed.data.email} already exists.`);
    process.exit(1);
  }
  await auth.api.createUser({ body: parsed.data });
  console.log(`Admin account created for ${parsed.data.email}.`);
  await db.$disconnect();
}

void main();
