import { Text, View } from "@react-pdf/renderer";
import type { PdfRow } from "@/lib/drafts/pdf-data";
import { styles } from "@/components/pdf/styles";

export function ContextSection({ heading, rows }: { heading: string; rows: PdfRow[] }) {
  return (
    <View>
      <Text style={styles.sectionHeading}>{heading}</Text>
      {rows.map((row) => (
        <View key={row.label} style={styles.row} wrap={false}>
          <Text style={styles.rowLabel}>{row.label}</Text>
          <Text style={styles.rowValue}>{row.value}</Text>
        </View>
      ))}
    </View>
  );
}
