import type { RemissSummary } from "@/lib/remiss/summary";

// The Remissammanställning as HTML (print view), from the same data as the
// PDF and the Word file.
export function SummaryView({ data }: { data: RemissSummary }) {
  return (
    <article className="doc" lang={data.lang}>
      <h1>{data.heading}</h1>
      <p>{data.title}</p>
      <dl className="rows">
        {data.facts.map((fact) => (
          <div key={fact.label}>
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
      {data.none ? <p>{data.none}</p> : null}
      <ol className="list-none p-0">
        {data.rows.map((row, index) => (
          <li key={index} className="req" data-testid="summary-row">
            <h2 className="text-lg">
              {row.target} · {row.kind} · {row.reviewer}
            </h2>
            <dl className="rows">
              <dt>{data.labels.comment}</dt>
              <dd className="whitespace-pre-wrap">{row.text}</dd>
              {row.proposedText ? (
                <>
                  <dt>{data.labels.proposal}</dt>
                  <dd className="whitespace-pre-wrap">{row.proposedText}</dd>
                </>
              ) : null}
              <dt>{data.labels.answer}</dt>
              <dd className="whitespace-pre-wrap">{row.answer}</dd>
              <dt>{data.labels.decision}</dt>
              <dd>{row.decision}</dd>
            </dl>
          </li>
        ))}
      </ol>
    </article>
  );
}
