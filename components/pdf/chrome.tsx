import { Text, View } from "@react-pdf/renderer";
import type { DocumentData } from "@/lib/document/types";
import { styles } from "@/components/pdf/styles";

// The running header, repeated on every page of its chapter (`fixed`). It
// needs no page number, so the document paginates in one round; the footer,
// which does, is drawn afterwards (stamp.ts).
export function PageHeader({ data }: { data: DocumentData }) {
  return (
    <View style={styles.header} fixed>
      <Text style={styles.headerTitle}>{data.title}</Text>
      <Text style={styles.headerRight}>{data.labels.draftMarker}</Text>
    </View>
  );
}

// The footer's left half: the text stamp.ts draws beside the page number.
export function footerLabel(data: DocumentData): string {
  return `${data.labels.draftMarker} · ${data.cover.version}`;
}
