import crypto from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { suggestSlug } from "@/lib/validations/film";

/**
 * The person with this credited name, created when new. Names are matched
 * exactly as stored; a name in a script with no Latin letters gets a slug
 * from its hash, so every person still has a stable URL.
 */
export async function personIdFor(tx: Prisma.TransactionClient, name: string): Promise<string> {
  const existing = await tx.person.findFirst({ where: { name }, select: { id: true } });
  if (existing) return existing.id;
  const base = suggestSlug(name) || `person-${crypto.createHash("sha256").update(name).digest("hex").slice(0, 10)}`;
  let slug = base;
  for (let n = 2; await tx.person.findUnique({ where: { slug }, select: { id: true } }); n++) slug = `${base}-${n}`;
  const created = await tx.person.create({ data: { slug, name }, select: { id: true } });
  return created.id;
}
