import { Document, Page, Text, View } from "@react-pdf/renderer";
import { pageOf, type RequirementsDocumentData } from "@/lib/drafts/pdf-data";
import { ContextSection } from "@/components/pdf/context-section";
import { Cover } from "@/components/pdf/cover";
import { styles } from "@/components/pdf/styles";

// Pure: everything shown comes from `data` (see lib/drafts/pdf-data.ts).
export function RequirementsDocument({ data }: { data: RequirementsDocumentData }) {
  return (
    <Document title={data.title} author={data.organisation} language={data.lang} creator="Kravlots" producer="Kravlots">
      <Page size="A4" style={styles.page}>
        <Text style={styles.header} fixed>
          {data.title}
        </Text>
        <View style={styles.body}>
          <Cover data={data} />
          {data.sections.map((section) => (
            <ContextSection key={section.heading} heading={section.heading} rows={section.rows} />
          ))}
        </View>
        <Text
          style={styles.footer}
          fixed
          render={({ pageNumber, totalPages }) => pageOf(data.pageOfTemplate, pageNumber, totalPages)}
        />
      </Page>
    </Document>
  );
}
