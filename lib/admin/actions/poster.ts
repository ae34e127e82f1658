"use server";

import { assertEditor } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { FAILED, type ActionResult, failure, refusal } from "@/lib/admin/action-result";
import { listingTag } from "@/lib/cache-tags";
import { revalidateTags } from "@/lib/editorial/revalidate";
import { detectImageType, storePoster } from "@/lib/media";
import { POSTER_MAX_BYTES } from "@/lib/validations/poster";
import { slugSchema } from "@/lib/validations/slug";

/** Replaces a film's poster: a JPEG, PNG or WebP of at most 5 MB, checked by its bytes. */
export async function uploadPoster(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  try {
    await assertEditor();
  } catch (error) {
    return refusal(error);
  }
  const slug = slugSchema.safeParse(form.get("slug"));
  const file = form.get("poster");
  if (!slug.success) return FAILED;
  if (!(file instanceof File) || file.size === 0) return { ok: false, fieldErrors: { poster: { key: "posterMissing" } } };
  if (file.size > POSTER_MAX_BYTES) return { ok: false, fieldErrors: { poster: { key: "posterTooLarge" } } };
  const bytes = Buffer.from(await file.arrayBuffer());
  const type = detectImageType(bytes);
  if (!type) return { ok: false, fieldErrors: { poster: { key: "posterType" } } };
  let posterPath;
  try {
    posterPath = await storePoster(bytes, type.ext);
  } catch (error) {
    // The poster store (a folder, or S3) refused: say so; the film is unchanged.
    console.error("Storing a poster failed:", error);
    return failure(error);
  }
  const { count } = await db.film.updateMany({ where: { slug: slug.data, deletedAt: null }, data: { posterPath } });
  if (count === 0) return FAILED;
  // The poster shows on the film's own pages (and in its OpenGraph image) only.
  revalidateTags([listingTag.film(slug.data)]);
  return { ok: true, message: "poster.saved" };
}
