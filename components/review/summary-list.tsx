import Link from "next/link";
import type { ReactNode } from "react";

export type SummaryRow = {
  key: string;
  label: ReactNode;
  value: ReactNode;
  // "Ändra" link; the hidden text tells a screen reader what is changed.
  change?: { href: string; text: string; hidden: string };
};

// GOV.UK summary list: a <dl> of question, answer and change link.
export function SummaryList({ rows, testId }: { rows: SummaryRow[]; testId?: string }) {
  return (
    <dl className="mb-8 border-t border-line" data-testid={testId}>
      {rows.map((row) => (
        <div
          key={row.key}
          className="grid gap-1 border-b border-line py-3 md:grid-cols-[minmax(0,3fr)_minmax(0,5fr)_auto] md:gap-4"
        >
          <dt className="font-semibold">{row.label}</dt>
          <dd className="whitespace-pre-line break-words">{row.value}</dd>
          <dd className="md:text-right">
            {row.change ? (
              <Link href={row.change.href} className="text-brand underline">
                {row.change.text}
                <span className="sr-only"> {row.change.hidden}</span>
              </Link>
            ) : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
