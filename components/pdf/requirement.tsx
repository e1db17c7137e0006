import { Text, View } from "@react-pdf/renderer";
import type { DocRequirement } from "@/lib/document/types";
import { styles } from "@/components/pdf/styles";

// One flat block (a View and its Texts): the ID line, the text and the
// fields never part at a page break.
export function RequirementBlock({ requirement: r }: { requirement: DocRequirement }) {
  const ska = r.level === "ska";
  return (
    <View style={[styles.requirement, ska ? styles.ska : styles.bor]} wrap={false}>
      <Text style={styles.reqHead}>
        <Text style={styles.reqCode}>{r.code}</Text>
        {"   "}
        <Text style={ska ? styles.reqSka : styles.reqBor}>{r.levelLabel.toUpperCase()}</Text>
        {r.weightLabel ? `   ${r.weightLabel}` : ""}
      </Text>
      <Text style={styles.reqText}>{r.text}</Text>
      {r.fields.map((field) => (
        <Text key={field.label} style={styles.reqField}>
          <Text style={styles.reqFieldLabel}>{field.label}: </Text>
          {field.value}
        </Text>
      ))}
    </View>
  );
}
