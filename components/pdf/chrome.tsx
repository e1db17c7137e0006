import { Text, View } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import { pageOf, type DocumentData } from "@/lib/document/types";
import { styles } from "@/components/pdf/styles";

type LayoutProps = { children: ReactNode; pageNumber?: number; totalPages?: number; subPageNumber?: number };

export function PageHeader({ data }: { data: DocumentData }) {
  return (
    <View style={styles.header}>
      <Text style={styles.headerTitle}>{data.title}</Text>
      <Text style={styles.headerRight}>{data.labels.draftMarker}</Text>
    </View>
  );
}

export function PageFooter({
  data,
  pageNumber,
  totalPages,
}: {
  data: DocumentData;
  pageNumber?: number;
  totalPages?: number;
}) {
  return (
    <View style={styles.footer}>
      <Text style={styles.footerCell}>{`${data.labels.draftMarker} · ${data.cover.version}`}</Text>
      <Text style={styles.footerRight}>{pageOf(data.labels.pageOf, pageNumber ?? 1, totalPages)}</Text>
    </View>
  );
}

// The running header and footer as a <Page layout> template: the new
// pagination engine reserves their space on every page, several times faster
// than `fixed` elements with render props on long documents. The template
// also records the page each chapter starts on (its first sub-page) for the
// table of contents.
export function pageLayout(data: DocumentData, chapterId: string, starts: Map<string, number>, showHeader = true) {
  return function Layout({ children, pageNumber, totalPages, subPageNumber }: LayoutProps) {
    if (subPageNumber === 1 && pageNumber !== undefined) starts.set(chapterId, pageNumber);
    return (
      <View style={styles.frame}>
        {showHeader ? <PageHeader data={data} /> : null}
        <View style={styles.content}>{children}</View>
        <PageFooter data={data} pageNumber={pageNumber} totalPages={totalPages} />
      </View>
    );
  };
}
