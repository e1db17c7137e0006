import { StyleSheet } from "@react-pdf/renderer";
import { footer, footerReserve, header, heading1, page, pageMargin, tocRow } from "@/components/pdf/geometry";

// All sizes in pt. No lineHeight on <Page>: with dynamic page numbers it
// crashes on 11+ pages (react-pdf #3452); it sits on the content View.
// OpenType features off: fontkit's GSUB/GPOS passes (contextual alternates,
// ligatures, marks, kerning) were the largest share of the render profile;
// without them 150 requirements take ~30 % less CPU. Inter is spaced well
// enough unkerned at these sizes, and Swedish needs no ligatures or marks
// (å ä ö are precomposed).
export const colors = {
  text: "#0b0c0c",
  muted: "#505a5f",
  rule: "#b1b4b6",
  // ska-krav are marked in the accent colour, bör-krav in green.
  accent: "#1d70b8",
  bor: "#00703c",
  shade: "#f3f2f1",
  warning: "#d4351c",
  inverse: "#ffffff",
} as const;

const margin = pageMargin;

// Exported for font-file.test.ts: the lean Inter copy must lay out like the
// original under exactly these settings.
export const noFeatures = {
  calt: false,
  liga: false,
  clig: false,
  rclt: false,
  ccmp: false,
  locl: false,
  mark: false,
  mkmk: false,
  kern: false,
};

export const styles = StyleSheet.create({
  // A document in plain Latin only (most of them): no fallback lookups per run.
  latinPage: { fontFamily: "Inter" },
  page: {
    // Fallbacks in order (lib/document/glyphs.ts); Latin text never leaves Inter.
    fontFamily: ["Inter", "NotoSansArabic", "NotoEmoji"],
    fontSize: 10,
    color: colors.text,
    paddingTop: page.paddingTop,
    paddingBottom: page.paddingBottom,
    paddingHorizontal: margin,
    fontFeatureSettings: noFeatures,
  },
  // The requirements document's pages leave room for the footer stamp.ts draws.
  stampedPage: { paddingBottom: footerReserve },
  header: {
    flexDirection: "row",
    justifyContent: "space-between",
    fontSize: header.fontSize,
    color: colors.muted,
    borderBottomWidth: header.rule,
    borderBottomColor: colors.rule,
    paddingBottom: header.paddingBottom,
    marginBottom: header.marginBottom,
  },
  // Fixed widths in the running header and footer: yoga then measures each
  // text once per layout instead of probing its natural width first.
  // One line, cut with an ellipsis: the header's height is fixed, so the
  // contents page's numbers (stamp.ts) know where its rows are. The full
  // title is on the cover.
  headerTitle: { width: "80%", maxLines: 1, textOverflow: "ellipsis" },
  headerRight: { width: "20%", textAlign: "right" },
  footerCell: { width: "50%" },
  footerRight: { width: "50%", textAlign: "right" },
  content: { flexGrow: 1, lineHeight: "14pt" },
  footer: {
    flexDirection: "row",
    justifyContent: "space-between",
    fontSize: footer.fontSize,
    color: colors.muted,
    borderTopWidth: footer.rule,
    borderTopColor: colors.rule,
    paddingTop: footer.paddingTop,
    marginTop: footer.marginTop,
  },
  // Cover
  coverType: { fontSize: 12, color: colors.muted, marginTop: 120, marginBottom: 8 },
  coverTitle: { fontSize: 26, fontWeight: 700, lineHeight: "32pt", marginBottom: 18 },
  coverMarker: {
    alignSelf: "flex-start",
    fontSize: 11,
    fontWeight: 700,
    color: colors.inverse,
    backgroundColor: colors.accent,
    paddingHorizontal: 8,
    paddingVertical: 2,
    marginBottom: 40,
    textTransform: "uppercase",
  },
  coverRow: { flexDirection: "row", marginBottom: 6, fontSize: 11 },
  coverLabel: { width: 110, color: colors.muted },
  coverValue: { flex: 1 },
  coverNote: {
    marginTop: 60,
    fontSize: 9,
    color: colors.muted,
    borderTopWidth: 0.5,
    borderTopColor: colors.rule,
    paddingTop: 8,
  },
  // Headings and text
  h1: { fontSize: 18, fontWeight: 700, lineHeight: `${heading1.lineHeight}pt`, marginBottom: heading1.marginBottom },
  h2: { fontSize: 13, fontWeight: 700, lineHeight: "18pt", marginTop: 14, marginBottom: 6 },
  h3: { fontSize: 11, fontWeight: 600, lineHeight: "16pt", marginTop: 12, marginBottom: 6, color: colors.muted },
  paragraph: { marginBottom: 8 },
  muted: { color: colors.muted, marginBottom: 8 },
  row: { marginBottom: 7 },
  rowLabel: { fontWeight: 600 },
  // Table of contents
  tocRow: { flexDirection: "row", justifyContent: "space-between", height: tocRow.height, fontSize: tocRow.fontSize },
  // Requirements: two Views per block keeps pagination cheap.
  requirement: { borderLeftWidth: 3, paddingLeft: 8, marginBottom: 12 },
  ska: { borderLeftColor: colors.accent },
  bor: { borderLeftColor: colors.bor },
  reqHead: { fontSize: 9, marginBottom: 2 },
  reqCode: { fontWeight: 700, fontSize: 10 },
  reqSka: { fontWeight: 700, color: colors.accent },
  reqBor: { fontWeight: 700, color: colors.bor },
  reqText: { marginBottom: 3 },
  reqField: { fontSize: 9, color: colors.text, marginBottom: 1 },
  reqFieldLabel: { fontWeight: 600 },
  // Intern checklista (components/pdf/checklist.tsx)
  checkRow: { flexDirection: "row", alignItems: "center", marginBottom: 2 },
  checkBox: { width: 9, height: 9, borderWidth: 1, borderColor: colors.text, marginRight: 6 },
  // Tables
  tableHead: {
    flexDirection: "row",
    fontWeight: 600,
    borderBottomWidth: 1,
    borderBottomColor: colors.text,
    paddingBottom: 3,
    marginBottom: 3,
  },
  tableRow: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: colors.rule, paddingVertical: 3 },
  colId: { width: 50 },
  colText: { flex: 1, paddingRight: 8 },
  colWeight: { width: 70, textAlign: "right" },
  // The uppföljningsplan's "När" and "Vem" columns.
  colFollowUp: { width: 80, paddingRight: 6 },
  totalRow: { flexDirection: "row", fontWeight: 700, paddingTop: 4 },
  warning: { color: colors.warning, fontWeight: 600, marginTop: 10 },
  source: { marginBottom: 10 },
  sourceName: { fontWeight: 600 },
  sourceMeta: { fontSize: 9, color: colors.muted },
  sourceUrl: { fontSize: 9, color: colors.accent },
  urlRow: { flexDirection: "row", flexWrap: "wrap" },
  term: { fontWeight: 700 },
});
