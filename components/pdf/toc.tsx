import { Text, View } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import { documentChapters, type DocChapter, type DocumentData } from "@/lib/document/types";
import { PageFooter, PageHeader } from "@/components/pdf/chrome";
import { styles } from "@/components/pdf/styles";

export function tocChapters(data: DocumentData): DocChapter[] {
  return documentChapters(data);
}

type LayoutProps = { children: ReactNode; pageNumber?: number; totalPages?: number };

// The table of contents is page chrome, not content: layouts run again in
// the totals round, after every chapter's layout has recorded its first
// page, so the numbers are right in one render instead of two. The page's
// content is an empty placeholder.
export function tocLayout(data: DocumentData, starts: Map<string, number>) {
  return function TocLayout({ children, pageNumber, totalPages }: LayoutProps) {
    return (
      <View style={styles.frame}>
        <PageHeader data={data} />
        <Text style={styles.h1}>{data.labels.tocHeading}</Text>
        {tocChapters(data).map((chapter) => (
          <View key={chapter.id} style={styles.tocRow}>
            <Text>{chapter.heading}</Text>
            <Text style={styles.tocPage}>{starts.get(chapter.id) ?? ""}</Text>
          </View>
        ))}
        <View style={styles.content}>{children}</View>
        <PageFooter data={data} pageNumber={pageNumber} totalPages={totalPages} />
      </View>
    );
  };
}
