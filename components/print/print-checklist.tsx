import type { ChecklistData } from "@/lib/document/checklist";

// The internal checklist as HTML: one checkbox per IN requirement, printable
// with the same CSS as the document.
export function PrintChecklist({ data }: { data: ChecklistData }) {
  return (
    <article className="doc" lang={data.lang} data-testid="internal-checklist">
      <p className="muted">{data.title}</p>
      <h1>{data.heading}</h1>
      <p>{data.intro}</p>
      {data.none ? <p className="muted">{data.none}</p> : null}
      {data.perspectives.map((chapter) => (
        <section key={chapter.id} className="chapter" aria-labelledby={`checklist-${chapter.id}`}>
          <h2 id={`checklist-${chapter.id}`}>{chapter.heading}</h2>
          <ul style={{ listStyle: "none", padding: 0 }}>
            {chapter.items.map((item) => (
              <li key={item.code} className="req" id={item.code}>
                <p className="req-head">
                  <input type="checkbox" id={`done-${item.code}`} aria-label={`${data.doneLabel}: ${item.code}`} />{" "}
                  <span className="req-code">{item.code}</span>
                </p>
                <p>{item.text}</p>
                {item.fields.length > 0 ? (
                  <dl>
                    {item.fields.map((field) => (
                      <div key={field.label}>
                        <dt>{field.label}: </dt>
                        <dd>{field.value}</dd>
                      </div>
                    ))}
                  </dl>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </article>
  );
}
