import { Text, View } from "@react-pdf/renderer";
import type { DocPerspective } from "@/lib/document/types";
import { RequirementBlock } from "@/components/pdf/requirement";
import { Rows } from "@/components/pdf/rows";
import { styles } from "@/components/pdf/styles";

export function PerspectiveChapter({ chapter }: { chapter: DocPerspective }) {
  return (
    <View>
      <Text style={styles.h1}>{chapter.heading}</Text>
      <Text style={styles.h2} minPresenceAhead={40}>
        {chapter.answersHeading}
      </Text>
      {chapter.noAnswers ? <Text style={styles.muted}>{chapter.noAnswers}</Text> : <Rows rows={chapter.answers} />}
      <Text style={styles.h2} minPresenceAhead={60}>
        {chapter.requirementsHeading}
      </Text>
      {chapter.noRequirements ? <Text style={styles.muted}>{chapter.noRequirements}</Text> : null}
      {chapter.groups.map((group) => (
        <View key={group.kravtyp}>
          <Text style={styles.h3} minPresenceAhead={60}>
            {group.heading}
          </Text>
          {group.requirements.map((requirement) => (
            <RequirementBlock key={requirement.code} requirement={requirement} />
          ))}
        </View>
      ))}
    </View>
  );
}
