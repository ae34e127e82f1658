import type { ReactNode } from "react";

// <html> is rendered by app/[locale]/layout.tsx, the only place that knows the
// page's language and direction. This root exists so that app/not-found.tsx
// has a layout for paths that never reach a locale.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
