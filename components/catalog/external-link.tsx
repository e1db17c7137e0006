import type { ReactNode } from "react";

// Links that leave Kravlots say so in their text (not only by an icon), and
// open in the same tab so the back button keeps working.
export function ExternalLink({ href, label, children }: { href: string; label: string; children: ReactNode }) {
  return (
    <a
      href={href}
      rel="noopener noreferrer external"
      className="text-brand underline underline-offset-2 hover:text-brand-dark"
    >
      {children} <span className="whitespace-nowrap">{label}</span>
    </a>
  );
}
