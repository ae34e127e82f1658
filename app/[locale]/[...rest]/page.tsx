import { notFound } from "next/navigation";

// Any path under a locale that no route matches gets the localized 404.
export default function CatchAllPage() {
  notFound();
}
