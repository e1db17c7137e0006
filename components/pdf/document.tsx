import { Document, Page, View } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import type { DocumentData } from "@/lib/document/types";
import { allCommonText } from "@/lib/document/glyphs";
import { Evaluation, Glossary, Sources } from "@/components/pdf/appendices";
import { pageLayout } from "@/components/pdf/chrome";
import { FollowUp } from "@/components/pdf/follow-up";
import { Cover } from "@/components/pdf/cover";
import { Introduction } from "@/components/pdf/intro";
import { PerspectiveChapter } from "@/components/pdf/perspective";
import { styles } from "@/components/pdf/styles";
import { tocLayout } from "@/components/pdf/toc";

// Pure: everything shown comes from `data` (lib/document/build.ts). One
// <Page> per chapter, so every chapter starts on a new page and its first
// page number is known to the table of contents.
export function RequirementsDocument({ data }: { data: DocumentData }) {
  const starts = new Map<string, number>();
  const pageStyle = allCommonText(data) ? [styles.page, styles.latinPage] : styles.page;
  const chapter = (id: string, children: ReactNode, showHeader = true) => (
    <Page key={id} size="A4" style={pageStyle} layout={pageLayout(data, id, starts, showHeader)}>
      {children}
    </Page>
  );
  return (
    <Document
      title={data.title}
      author={data.cover.organisation}
      subject={data.labels.documentType}
      language={data.lang}
      creator="Kravlots"
      producer="Kravlots"
    >
      {chapter("cover", <Cover data={data} />, false)}
      <Page key="toc" size="A4" style={pageStyle} layout={tocLayout(data, starts)}>
        <View />
      </Page>
      {chapter(data.intro.id, <Introduction intro={data.intro} />)}
      {data.perspectives.map((p) => chapter(p.id, <PerspectiveChapter chapter={p} />))}
      {chapter(data.evaluation.id, <Evaluation evaluation={data.evaluation} />)}
      {data.followUp ? chapter(data.followUp.id, <FollowUp followUp={data.followUp} />) : null}
      {chapter(data.sources.id, <Sources sources={data.sources} />)}
      {chapter(data.glossary.id, <Glossary glossary={data.glossary} />)}
    </Document>
  );
}
