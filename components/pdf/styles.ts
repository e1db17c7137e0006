import { StyleSheet } from "@react-pdf/renderer";

// All sizes in pt. No lineHeight on <Page>: with a fixed `render` footer it
// crashes on 11+ pages (react-pdf #3452); it sits on the body View instead.
export const colors = { text: "#0b0c0c", muted: "#505a5f", rule: "#b1b4b6", accent: "#1d70b8" } as const;

export const styles = StyleSheet.create({
  page: {
    fontFamily: "Inter",
    fontSize: 10,
    color: colors.text,
    paddingTop: 56,
    paddingBottom: 56,
    paddingHorizontal: 56,
  },
  body: { lineHeight: "14pt" },
  header: {
    position: "absolute",
    top: 24,
    left: 56,
    right: 56,
    fontSize: 8,
    color: colors.muted,
    borderBottomWidth: 0.5,
    borderBottomColor: colors.rule,
    paddingBottom: 4,
  },
  footer: { position: "absolute", bottom: 24, left: 56, right: 56, fontSize: 8, color: colors.muted, textAlign: "right" },
  coverMarker: { fontSize: 12, color: colors.accent, fontWeight: 600, marginBottom: 12, textTransform: "uppercase" },
  coverTitle: { fontSize: 24, fontWeight: 700, marginBottom: 16, lineHeight: "30pt" },
  coverMeta: { fontSize: 11, color: colors.muted, marginBottom: 4 },
  sectionHeading: { fontSize: 14, fontWeight: 700, marginTop: 28, marginBottom: 10 },
  row: { marginBottom: 8 },
  rowLabel: { fontWeight: 600 },
  rowValue: {},
});
