import { Document, Page, renderToBuffer, Text, View } from "@react-pdf/renderer";
import type { ChecklistData } from "@/lib/document/checklist";
import { loadFonts } from "@/components/pdf/fonts";
import { pdfSafeData } from "@/components/pdf/sanitize";
import { styles } from "@/components/pdf/styles";

// "Intern checklista" as its own file: the buyer's own obligations (kravtyp
// IN), which the bidder-facing documents leave out, one box to tick each.
// Pure like the requirements document; rendered in the worker pool.
export function ChecklistDocument({ data }: { data: ChecklistData }) {
  return (
    <Document title={`${data.heading} – ${data.title}`} language={data.lang} creator="Kravlots" producer="Kravlots">
      <Page size="A4" style={styles.page}>
        <View style={styles.content}>
          <Text style={styles.muted}>{data.title}</Text>
          <Text style={styles.h1}>{data.heading}</Text>
          <Text style={styles.paragraph}>{data.intro}</Text>
          {data.none ? <Text style={styles.muted}>{data.none}</Text> : null}
          {data.perspectives.map((chapter) => (
            <View key={chapter.id}>
              <Text style={styles.h2}>{chapter.heading}</Text>
              {chapter.items.map((item) => (
                <View key={item.code} style={[styles.requirement, styles.ska]} wrap={false}>
                  {/* A drawn box: no font of the PDF has U+2610 ☐. */}
                  <View style={styles.checkRow}>
                    <View style={styles.checkBox} />
                    <Text style={styles.reqCode}>{item.code}</Text>
                  </View>
                  <Text style={styles.reqText}>{item.text}</Text>
                  {item.fields.map((field) => (
                    <Text key={field.label} style={styles.reqField}>
                      <Text style={styles.reqFieldLabel}>{field.label}: </Text>
                      {field.value}
                    </Text>
                  ))}
                </View>
              ))}
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

export async function renderChecklistPdf(data: ChecklistData): Promise<Uint8Array<ArrayBuffer>> {
  await loadFonts();
  return new Uint8Array(await renderToBuffer(<ChecklistDocument data={pdfSafeData(data)} />));
}
