import { Text, View } from "@react-pdf/renderer";
import type { DocRow } from "@/lib/document/types";
import { styles } from "@/components/pdf/styles";

export function Rows({ rows }: { rows: DocRow[] }) {
  return rows.map((row) => (
    <View key={row.label} style={styles.row} wrap={false}>
      <Text style={styles.rowLabel}>{row.label}</Text>
      <Text>{row.value}</Text>
    </View>
  ));
}
