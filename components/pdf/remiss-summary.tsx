import { Document, Page, renderToBuffer, Text, View } from "@react-pdf/renderer";
import type { RemissSummary } from "@/lib/remiss/summary";
import { loadFonts } from "@/components/pdf/fonts";
import { pdfSafeData } from "@/components/pdf/sanitize";
import { styles } from "@/components/pdf/styles";

// The Remissammanställning as its own small PDF: pure, from the same data as
// the print view and the Word file.
export function RemissSummaryDocument({ data }: { data: RemissSummary }) {
  const field = (label: string, value: string) => (
    <Text style={styles.reqField}>
      <Text style={styles.reqFieldLabel}>{label}: </Text>
      {value}
    </Text>
  );
  return (
    <Document title={`${data.heading} – ${data.title}`} language={data.lang} creator="Kravlots" producer="Kravlots">
      <Page size="A4" style={styles.page}>
        <View style={styles.content}>
          <Text style={styles.muted}>{data.title}</Text>
          <Text style={styles.h1}>{data.heading}</Text>
          {data.facts.map((fact) => (
            <Text key={fact.label} style={styles.row}>
              <Text style={styles.rowLabel}>{fact.label}: </Text>
              {fact.value}
            </Text>
          ))}
          {data.none ? <Text style={styles.muted}>{data.none}</Text> : null}
          {data.rows.map((row, index) => (
            <View key={index} style={[styles.requirement, styles.ska]} wrap={false}>
              <Text style={styles.reqCode}>
                {row.target} · {row.kind} · {row.reviewer}
              </Text>
              {field(data.labels.comment, row.text)}
              {row.proposedText ? field(data.labels.proposal, row.proposedText) : null}
              {field(data.labels.answer, row.answer)}
              {field(data.labels.decision, row.decision)}
            </View>
          ))}
        </View>
        <View style={styles.footer} fixed>
          <Text style={styles.footerCell}>{data.heading}</Text>
          <Text style={styles.footerRight} render={({ pageNumber, totalPages }) => `${pageNumber} / ${totalPages}`} />
        </View>
      </Page>
    </Document>
  );
}

export async function renderRemissSummaryPdf(data: RemissSummary): Promise<Uint8Array<ArrayBuffer>> {
  await loadFonts();
  return new Uint8Array(await renderToBuffer(<RemissSummaryDocument data={pdfSafeData(data)} />));
}
