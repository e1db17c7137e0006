import { Document, Page, View } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import type { DocumentData } from "@/lib/document/types";
import type { PageRange } from "@/lib/exports/part-pool";
import { allCommonText } from "@/lib/document/glyphs";
import { Evaluation, Glossary, Sources } from "@/components/pdf/appendices";
import { PageHeader } from "@/components/pdf/chrome";
import { FollowUp } from "@/components/pdf/follow-up";
import { Cover } from "@/components/pdf/cover";
import { Introduction } from "@/components/pdf/intro";
import { PerspectiveChapter } from "@/components/pdf/perspective";
import { styles } from "@/components/pdf/styles";
import { TableOfContents } from "@/components/pdf/toc";

// Pure: everything shown comes from `data` (lib/document/build.ts). One
// <Page> per chapter, so every chapter starts on a new page; each carries a
// bookmark (the PDF's outline, which viewers show as navigation), and
// stamp.ts reads the chapters' first pages from those bookmarks for the
// contents page. Cover, contents, then documentChapters(data) in order.
// `pages` renders only that slice of the <Page>s ([from, to)), so that a long
// document can be rendered in two halves at once (render.tsx, merge.ts).
export function RequirementsDocument({ data, pages }: { data: DocumentData; pages?: PageRange }) {
  const pageStyle = allCommonText(data)
    ? [styles.page, styles.stampedPage, styles.latinPage]
    : [styles.page, styles.stampedPage];
  // experimentalPagination: react-pdf's newer engine, which measures the
  // content once and packs it into pages instead of re-laying out the rest
  // of the chapter after every page break.
  const chapter = (id: string, title: string, children: ReactNode, showHeader = true) => (
    <Page key={id} size="A4" style={pageStyle} experimentalPagination bookmark={{ title, fit: true }}>
      {showHeader ? <PageHeader data={data} /> : null}
      <View style={styles.content}>{children}</View>
    </Page>
  );
  const all = [
    chapter("cover", data.title, <Cover data={data} />, false),
    <Page
      key="toc"
      size="A4"
      style={pageStyle}
      experimentalPagination
      bookmark={{ title: data.labels.tocHeading, fit: true }}
    >
      <TableOfContents data={data} />
    </Page>,
    chapter(data.intro.id, data.intro.heading, <Introduction intro={data.intro} />),
    ...data.perspectives.map((p) => chapter(p.id, p.heading, <PerspectiveChapter chapter={p} />)),
    chapter(data.evaluation.id, data.evaluation.heading, <Evaluation evaluation={data.evaluation} />),
    ...(data.followUp ? [chapter(data.followUp.id, data.followUp.heading, <FollowUp followUp={data.followUp} />)] : []),
    chapter(data.sources.id, data.sources.heading, <Sources sources={data.sources} />),
    chapter(data.glossary.id, data.glossary.heading, <Glossary glossary={data.glossary} />),
  ];
  return (
    <Document
      title={data.title}
      author={data.cover.organisation}
      subject={data.labels.documentType}
      language={data.lang}
      creator="Kravlots"
      producer="Kravlots"
    >
      {pages ? all.slice(pages[0], pages[1]) : all}
    </Document>
  );
}
