import { Text, View } from "@react-pdf/renderer";
import { documentChapters, type DocChapter, type DocumentData } from "@/lib/document/types";
import { PageHeader } from "@/components/pdf/chrome";
import { styles } from "@/components/pdf/styles";

export function tocChapters(data: DocumentData): DocChapter[] {
  return documentChapters(data);
}

// The table of contents without its page numbers: stamp.ts writes them into
// the right-hand column once the chapters' first pages are known, so the
// document is laid out once instead of twice.
export function TableOfContents({ data }: { data: DocumentData }) {
  return (
    <>
      <PageHeader data={data} />
      <Text style={styles.h1}>{data.labels.tocHeading}</Text>
      {tocChapters(data).map((chapter) => (
        <View key={chapter.id} style={styles.tocRow}>
          <Text>{chapter.heading}</Text>
        </View>
      ))}
    </>
  );
}
