import type { DocumentData } from "@/lib/document/types";

export function PrintAppendices({ data }: { data: DocumentData }) {
  const { evaluation: e, followUp: f, sources: s, glossary: g } = data;
  return (
    <>
      <section className="chapter" aria-labelledby={e.id}>
        <h2 id={e.id}>{e.heading}</h2>
        <p>{e.intro}</p>
        {e.none ? <p className="muted">{e.none}</p> : null}
        {e.rows.length > 0 ? (
          <table>
            <thead>
              <tr>
                <th scope="col">{e.columns.id}</th>
                <th scope="col">{e.columns.requirement}</th>
                <th scope="col" className="num">
                  {e.columns.weight}
                </th>
              </tr>
            </thead>
            <tbody>
              {e.rows.map((row) => (
                <tr key={row.code}>
                  <td>
                    <a href={`#${row.code}`}>{row.code}</a>
                  </td>
                  <td>{row.text}</td>
                  <td className="num">{row.weight}</td>
                </tr>
              ))}
            </tbody>
            {e.total ? (
              <tfoot>
                <tr>
                  <th scope="row" colSpan={2}>
                    {e.total.label}
                  </th>
                  <td className="num">{e.total.value}</td>
                </tr>
              </tfoot>
            ) : null}
          </table>
        ) : null}
        {e.warning ? <p className="warning">{e.warning}</p> : null}
      </section>
      {f ? (
        <section className="chapter" aria-labelledby={f.id}>
          <h2 id={f.id}>{f.heading}</h2>
          <p>{f.intro}</p>
          {f.none ? <p className="muted">{f.none}</p> : null}
          {f.rows.length > 0 ? (
            <table>
              <thead>
                <tr>
                  {[f.columns.code, f.columns.what, f.columns.how, f.columns.timing, f.columns.role].map((column) => (
                    <th key={column} scope="col">
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {f.rows.map((row) => (
                  <tr key={row.code}>
                    <td>
                      <a href={`#${row.code}`}>{row.code}</a>
                    </td>
                    <td>{row.what}</td>
                    <td>{row.how}</td>
                    <td>{row.timing}</td>
                    <td>{row.role}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </section>
      ) : null}
      <section className="chapter" aria-labelledby={s.id}>
        <h2 id={s.id}>{s.heading}</h2>
        <p>{s.intro}</p>
        {s.none ? <p className="muted">{s.none}</p> : null}
        <ul style={{ listStyle: "none", padding: 0 }}>
          {s.models.map((model) => (
            <li key={model.id} style={{ marginBottom: "0.75rem" }}>
              <strong>{model.name}</strong>
              <br />
              <span className="muted">
                {s.labels.publisher}: {model.publisher} · {s.labels.year}: {model.year} · {s.labels.citedBy}:{" "}
                {model.citedBy}
              </span>
              <br />
              <span className="muted">{model.status.join(" · ")}</span>
              <br />
              <a href={model.url}>{model.url}</a>
            </li>
          ))}
        </ul>
      </section>
      <section className="chapter" aria-labelledby={g.id}>
        <h2 id={g.id}>{g.heading}</h2>
        <dl className="rows">
          {g.terms.map((term) => (
            <div key={term.term}>
              <dt>{term.term}</dt>
              <dd>{term.definition}</dd>
            </div>
          ))}
        </dl>
      </section>
    </>
  );
}
