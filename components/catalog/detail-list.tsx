import type { ReactNode } from "react";

// GOV.UK summary list: a term and its description on one row on wide screens.
export function DetailList({ rows }: { rows: { term: string; value: ReactNode }[] }) {
  return (
    <dl className="mb-4 divide-y divide-line border-y border-line">
      {rows.map((row) => (
        <div key={row.term} className="py-2 sm:grid sm:grid-cols-[12rem_1fr] sm:gap-4">
          <dt className="font-semibold">{row.term}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
