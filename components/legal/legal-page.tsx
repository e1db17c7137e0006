import type { ReactNode } from "react";

// The shared shape of the statements the law requires (accessibility,
// personal data): one heading per section, a readable measure.
export function LegalPage({ title, reviewed, children }: { title: string; reviewed: string; children: ReactNode }) {
  return (
    <article className="max-w-3xl">
      <h1 className="mb-6 text-4xl font-bold">{title}</h1>
      {children}
      <p className="mt-10 text-sm text-secondary">{reviewed}</p>
    </article>
  );
}

export function LegalSection({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <section className="mb-8">
      <h2 className="mb-3 text-2xl font-bold">{heading}</h2>
      <div className="space-y-3">{children}</div>
    </section>
  );
}

// The operator's address from configuration, or a plain statement that it is
// missing – never an invented one.
export function OperatorContact({ email, label, missing }: { email: string | null; label: string; missing: string }) {
  if (!email) return <p>{missing}</p>;
  return (
    <p>
      {label}{" "}
      <a href={`mailto:${email}`} className="text-brand underline" data-testid="operator-email">
        {email}
      </a>
    </p>
  );
}
