import { Text, View } from "@react-pdf/renderer";
import type { DocumentData } from "@/lib/document/types";
import { styles } from "@/components/pdf/styles";

// The uppföljningsplan chapter: one row per followed-up requirement. The head
// is fixed inside the table so it repeats on every page the table runs onto.
export function FollowUp({ followUp: f }: { followUp: NonNullable<DocumentData["followUp"]> }) {
  return (
    <View>
      <Text style={styles.h1}>{f.heading}</Text>
      <Text style={styles.paragraph}>{f.intro}</Text>
      {f.none ? <Text style={styles.muted}>{f.none}</Text> : null}
      {f.rows.length > 0 ? (
        <View>
          <View style={styles.tableHead} fixed>
            <Text style={styles.colId}>{f.columns.code}</Text>
            <Text style={styles.colText}>{f.columns.what}</Text>
            <Text style={styles.colText}>{f.columns.how}</Text>
            <Text style={styles.colFollowUp}>{f.columns.timing}</Text>
            <Text style={styles.colFollowUp}>{f.columns.role}</Text>
          </View>
          {f.rows.map((row) => (
            <View key={row.code} style={styles.tableRow} wrap={false}>
              <Text style={styles.colId}>{row.code}</Text>
              <Text style={styles.colText}>{row.what}</Text>
              <Text style={styles.colText}>{row.how}</Text>
              <Text style={styles.colFollowUp}>{row.timing}</Text>
              <Text style={styles.colFollowUp}>{row.role}</Text>
            </View>
          ))}
        </View>
      ) : null}
    </View>
  );
}
