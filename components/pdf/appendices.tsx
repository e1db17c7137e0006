import { Link, Text, View } from "@react-pdf/renderer";
import type { DocumentData } from "@/lib/document/types";
import { splitLongWord } from "@/components/pdf/fonts";
import { styles } from "@/components/pdf/styles";

export function Evaluation({ evaluation: e }: { evaluation: DocumentData["evaluation"] }) {
  return (
    <View>
      <Text style={styles.h1}>{e.heading}</Text>
      <Text style={styles.paragraph}>{e.intro}</Text>
      {e.none ? <Text style={styles.muted}>{e.none}</Text> : null}
      {e.rows.length > 0 ? (
        <View>
          {/* Fixed inside the table's container: the new pagination engine
              repeats it at the top of every page the table continues on. */}
          <View style={styles.tableHead} fixed>
            <Text style={styles.colId}>{e.columns.id}</Text>
            <Text style={styles.colText}>{e.columns.requirement}</Text>
            <Text style={styles.colWeight}>{e.columns.weight}</Text>
          </View>
          {e.rows.map((row) => (
            <View key={row.code} style={styles.tableRow} wrap={false}>
              <Text style={styles.colId}>{row.code}</Text>
              <Text style={styles.colText}>{row.text}</Text>
              <Text style={styles.colWeight}>{row.weight}</Text>
            </View>
          ))}
        </View>
      ) : null}
      {e.total ? (
        <View style={styles.totalRow} wrap={false}>
          <Text style={styles.colId}>{e.total.label}</Text>
          <Text style={styles.colText}> </Text>
          <Text style={styles.colWeight}>{e.total.value}</Text>
        </View>
      ) : null}
      {e.warning ? <Text style={styles.warning}>{e.warning}</Text> : null}
    </View>
  );
}

export function Sources({ sources: s }: { sources: DocumentData["sources"] }) {
  return (
    <View>
      <Text style={styles.h1}>{s.heading}</Text>
      <Text style={styles.paragraph}>{s.intro}</Text>
      {s.none ? <Text style={styles.muted}>{s.none}</Text> : null}
      {s.models.map((model) => (
        <View key={model.id} style={styles.source} wrap={false}>
          <Text style={styles.sourceName}>{model.name}</Text>
          <Text style={styles.sourceMeta}>
            {s.labels.publisher}: {model.publisher} · {s.labels.year}: {model.year} · {s.labels.citedBy}:{" "}
            {model.citedBy}
          </Text>
          <Text style={styles.sourceMeta}>{model.status.join(" · ")}</Text>
          {/* One link per piece in a wrapping row: a long URL breaks between
              pieces, where text layout would insert a hyphen. */}
          <View style={styles.urlRow}>
            {splitLongWord(model.url).map((piece, i) => (
              <Link key={i} src={model.url} style={styles.sourceUrl}>
                {piece}
              </Link>
            ))}
          </View>
        </View>
      ))}
    </View>
  );
}

export function Glossary({ glossary: g }: { glossary: DocumentData["glossary"] }) {
  return (
    <View>
      <Text style={styles.h1}>{g.heading}</Text>
      {g.terms.map((term) => (
        <Text key={term.term} style={styles.paragraph}>
          <Text style={styles.term}>{term.term}. </Text>
          {term.definition}
        </Text>
      ))}
    </View>
  );
}
