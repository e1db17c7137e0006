// Where the running footer and the contents page's numbers sit, in pt from
// the page's top edge. The renderer lays out everything else; these two are
// drawn onto the finished pages (stamp.ts) because they depend on the page
// count, which the renderer knows only after a second full pagination round.
// The values follow styles.ts: change one and the other together (stamp.test.tsx
// compares the stamped words' positions with the rendered ones').

// Inter's vertical metrics per unit of font size: react-pdf's default line
// height is ascent + |descent| (Inter has no line gap).
export const interAscent = 0.96875;
export const interDescent = 0.2421875;
export const lineHeight = (size: number) => size * (interAscent + interDescent);

export const pageMargin = 56;
export const page = { width: 595.28, height: 841.89, paddingTop: 28, paddingBottom: 24 };

export const footer = { fontSize: 8, rule: 0.5, paddingTop: 4, marginTop: 16 };
// The space the footer takes at the foot of every page: the pages reserve it
// as padding, the stamp draws into it.
export const footerReserve =
  page.paddingBottom + footer.marginTop + footer.rule + footer.paddingTop + lineHeight(footer.fontSize);

export const header = { fontSize: 8, paddingBottom: 4, rule: 0.5, marginBottom: 22 };
// A chapter title (styles.h1), also the contents page's "Innehåll".
export const heading1 = { lineHeight: 24, marginBottom: 14 };
export const tocRow = { height: 22, fontSize: 11 };

// Top of the first contents row: the page's padding, the running header and
// the "Innehåll" heading above it.
export const tocFirstRowTop =
  page.paddingTop +
  lineHeight(header.fontSize) +
  header.paddingBottom +
  header.rule +
  header.marginBottom +
  heading1.lineHeight +
  heading1.marginBottom;
