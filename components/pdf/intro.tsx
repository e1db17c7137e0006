import { Text, View } from "@react-pdf/renderer";
import type { DocumentData } from "@/lib/document/types";
import { Rows } from "@/components/pdf/rows";
import { styles } from "@/components/pdf/styles";

export function Introduction({ intro }: { intro: DocumentData["intro"] }) {
  return (
    <View>
      <Text style={styles.h1}>{intro.heading}</Text>
      {intro.sections.map((section) => (
        <View key={section.heading}>
          <Text style={styles.h2} minPresenceAhead={40}>
            {section.heading}
          </Text>
          {section.paragraphs.map((paragraph) => (
            <Text key={paragraph} style={styles.paragraph}>
              {paragraph}
            </Text>
          ))}
        </View>
      ))}
      <Text style={styles.h2} minPresenceAhead={40}>
        {intro.contextHeading}
      </Text>
      <Rows rows={intro.context} />
    </View>
  );
}
