import { documentChapters, type DocRequirement, type DocRow, type DocumentData } from "@/lib/document/types";
import { PrintAppendices } from "@/components/print/print-appendices";

// The document as HTML: the accessible alternative to the (untagged) PDF,
// from the same DocumentData, with real headings, lists and tables.
function Rows({ rows }: { rows: DocRow[] }) {
  return (
    <dl className="rows">
      {rows.map((row) => (
        <div key={row.label}>
          <dt>{row.label}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Requirement({ requirement: r }: { requirement: DocRequirement }) {
  return (
    <li className={`req ${r.level}`} id={r.code}>
      <p className="req-head">
        <span className="req-code">{r.code}</span>
        <span className="level">{r.levelLabel}</span>
        {r.weightLabel ? <span>{r.weightLabel}</span> : null}
      </p>
      <p>{r.text}</p>
      {r.fields.length > 0 ? (
        <dl>
          {r.fields.map((field) => (
            <div key={field.label}>
              <dt>{field.label}: </dt>
              <dd>{field.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </li>
  );
}

export function PrintDocument({ data }: { data: DocumentData }) {
  const chapters = documentChapters(data);
  return (
    <article className="doc" lang={data.lang}>
      <p className="muted">{data.labels.documentType}</p>
      <h1>{data.title}</h1>
      <p>
        <span className="marker">
          {data.labels.draftMarker} · {data.cover.version}
        </span>
      </p>
      <Rows rows={data.cover.rows} />
      <p className="muted">{data.labels.coverNote}</p>
      <nav aria-labelledby="toc-heading">
        <h2 id="toc-heading">{data.labels.tocHeading}</h2>
        <ol>
          {chapters.map((chapter) => (
            <li key={chapter.id} style={{ listStyle: "none" }}>
              <a href={`#${chapter.id}`}>{chapter.heading}</a>
            </li>
          ))}
        </ol>
      </nav>
      <section className="chapter" aria-labelledby={data.intro.id}>
        <h2 id={data.intro.id}>{data.intro.heading}</h2>
        {data.intro.sections.map((section) => (
          <div key={section.heading}>
            <h3>{section.heading}</h3>
            {section.paragraphs.map((paragraph) => (
              <p key={paragraph}>{paragraph}</p>
            ))}
          </div>
        ))}
        <h3>{data.intro.contextHeading}</h3>
        <Rows rows={data.intro.context} />
      </section>
      {data.perspectives.map((chapter) => (
        <section key={chapter.id} className="chapter" aria-labelledby={chapter.id}>
          <h2 id={chapter.id}>{chapter.heading}</h2>
          <h3>{chapter.answersHeading}</h3>
          {chapter.noAnswers ? <p className="muted">{chapter.noAnswers}</p> : <Rows rows={chapter.answers} />}
          <h3>{chapter.requirementsHeading}</h3>
          {chapter.noRequirements ? <p className="muted">{chapter.noRequirements}</p> : null}
          {chapter.groups.map((group) => (
            <div key={group.kravtyp}>
              <h4>{group.heading}</h4>
              <ul style={{ listStyle: "none", padding: 0 }}>
                {group.requirements.map((requirement) => (
                  <Requirement key={requirement.code} requirement={requirement} />
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
      <PrintAppendices data={data} />
    </article>
  );
}
