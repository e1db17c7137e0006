// The print view's own CSS (not Tailwind), so the same markup prints the same
// way in the app and in bench:pdf's Chromium baseline. Sizes follow the PDF.
export const printCss = `
.doc { font-family: var(--font-inter, Inter), Arial, sans-serif; color: var(--color-ink); line-height: 1.45; max-width: 46rem; overflow-wrap: anywhere; }
.doc h1 { font-size: 2.2em; line-height: 1.2; margin: 0 0 0.5rem; font-weight: 700; }
.doc h2 { font-size: 1.6em; margin: 2.5rem 0 0.75rem; font-weight: 700; break-after: avoid; }
.doc h3 { font-size: 1.25em; margin: 1.5rem 0 0.5rem; font-weight: 700; break-after: avoid; }
.doc h4 { font-size: 1rem; margin: 1.25rem 0 0.5rem; font-weight: 600; color: var(--color-secondary); break-after: avoid; }
.doc p { margin: 0 0 0.6rem; }
.doc .marker { display: inline-block; background: var(--color-brand); color: var(--color-inverse); font-weight: 700; padding: 0 0.5rem; text-transform: uppercase; }
.doc dl.rows { margin: 0 0 1rem; }
.doc dl.rows dt { font-weight: 600; margin-top: 0.5rem; }
.doc dl.rows dd { margin: 0; }
.doc .req { border-left: 4px solid var(--color-brand); padding: 0.1rem 0 0.1rem 0.75rem; margin: 0 0 1rem; break-inside: avoid; }
.doc .req.bor { border-left-color: var(--color-success); }
.doc .req-head { margin: 0 0 0.25rem; }
.doc .req-code { font-weight: 700; margin-right: 0.75rem; }
.doc .level { font-weight: 700; font-size: 0.85em; text-transform: uppercase; color: var(--color-brand); margin-right: 0.75rem; }
.doc .bor .level { color: var(--color-success); }
.doc .req dl { margin: 0.25rem 0 0; font-size: 0.9em; }
.doc .req dt { display: inline; font-weight: 600; }
.doc .req dd { display: inline; margin: 0; }
.doc .req dd::after { content: ""; display: block; }
.doc table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
.doc th, .doc td { text-align: left; padding: 0.35rem 0.75rem 0.35rem 0; border-bottom: 1px solid var(--color-line); vertical-align: top; }
.doc thead th { border-bottom: 2px solid var(--color-ink); }
.doc td.num, .doc th.num { text-align: right; padding-right: 0; white-space: nowrap; }
.doc tfoot th, .doc tfoot td { font-weight: 700; border-bottom: none; }
.doc .warning { color: var(--color-error); font-weight: 600; }
.doc .muted { color: var(--color-secondary); }
.doc a { color: var(--color-brand); }
.doc nav ol { padding-left: 1.25rem; }
@media print {
  @page { size: A4; margin: 20mm 20mm 18mm; }
  body > a, body header, body > footer, .no-print { display: none !important; }
  main { padding: 0 !important; max-width: none !important; }
  .doc { max-width: none; font-size: 10pt; }
  .doc .chapter { break-before: page; }
  .doc a { color: var(--color-ink); }
}
`;
