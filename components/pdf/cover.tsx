import { Text, View } from "@react-pdf/renderer";
import type { DocumentData } from "@/lib/document/types";
import { styles } from "@/components/pdf/styles";

export function Cover({ data }: { data: DocumentData }) {
  return (
    <View>
      <Text style={styles.coverType}>{data.labels.documentType}</Text>
      <Text style={styles.coverTitle}>{data.title}</Text>
      <Text style={styles.coverMarker}>
        {data.labels.draftMarker} · {data.cover.version}
      </Text>
      {data.cover.rows.map((row) => (
        <View key={row.label} style={styles.coverRow}>
          <Text style={styles.coverLabel}>{row.label}</Text>
          <Text style={styles.coverValue}>{row.value}</Text>
        </View>
      ))}
      <Text style={styles.coverNote}>{data.labels.coverNote}</Text>
    </View>
  );
}
