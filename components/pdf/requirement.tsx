import { Text, View } from "@react-pdf/renderer";
import type { DocRequirement } from "@/lib/document/types";
import { styles } from "@/components/pdf/styles";

// A block taller than a page cannot be kept whole: react-pdf then prints it
// past the page's end and the overflow is lost or overprinted (found by
// npm run test:fuzz with four 4,000-character fields). About 2,000
// characters fill half a page, so shorter blocks stay whole.
const keepWholeMaxChars = 2000;

function fitsOnPage(r: DocRequirement): boolean {
  return r.text.length + r.fields.reduce((sum, field) => sum + field.value.length, 0) <= keepWholeMaxChars;
}

// One flat block (a View and its Texts): the ID line, the text and the
// fields never part at a page break unless the block is too long for a page.
export function RequirementBlock({ requirement: r }: { requirement: DocRequirement }) {
  const ska = r.level === "ska";
  return (
    <View style={[styles.requirement, ska ? styles.ska : styles.bor]} wrap={!fitsOnPage(r)}>
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
