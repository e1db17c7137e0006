import { Text, View } from "@react-pdf/renderer";
import type { RequirementsDocumentData } from "@/lib/drafts/pdf-data";
import { styles } from "@/components/pdf/styles";

export function Cover({ data }: { data: RequirementsDocumentData }) {
  return (
    <View>
      <Text style={styles.coverMarker}>{data.draftMarker}</Text>
      <Text style={styles.coverTitle}>{data.title}</Text>
      <Text style={styles.coverMeta}>{data.organisation}</Text>
      <Text style={styles.coverMeta}>{data.versionLine}</Text>
      <Text style={styles.coverMeta}>{data.dateLine}</Text>
    </View>
  );
}
