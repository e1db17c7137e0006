// A lean in-memory copy of a TrueType font for the PDF's Latin text (Inter).
// Two costs of react-pdf 4.9 scale with every run of text, and both come
// from tables this document never uses (profiled with node --cpu-prof on
// 150 and 400 requirements, docs/BENCHMARKS.md):
// - fontkit shapes every run through GSUB/GPOS even with every feature
//   turned off (styles.ts): planning, script selection and lookups were
//   ≈ 40 % of text layout. Without the tables fontkit only maps characters
//   to glyphs and takes advances from hmtx — the same glyphs and widths as
//   before, since no feature was applied.
// - pdfkit 0.20's font() compares every run's font with the one it has by
//   JSON.stringify of the whole name table (copyright, licence text …),
//   ≈ 35 % of the PDF writing step. Only the names fontkit and the PDF read
//   are kept (the embedded subset never carried a name table).
// Scripts that need shaping (Arabic) keep their original files (fonts.ts).
const droppedTables = new Set(["GSUB", "GPOS", "GDEF"]);
// family, subfamily, full name, PostScript name
const keptNameIds = new Set([1, 2, 4, 6]);

type Table = { tag: string; data: Uint8Array };

function readTables(file: Uint8Array): { version: number; tables: Table[] } {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const count = view.getUint16(4);
  const tables: Table[] = [];
  for (let i = 0; i < count; i += 1) {
    const record = 12 + i * 16;
    const tag = String.fromCharCode(...file.subarray(record, record + 4));
    const offset = view.getUint32(record + 8);
    const length = view.getUint32(record + 12);
    tables.push({ tag, data: file.subarray(offset, offset + length) });
  }
  return { version: view.getUint32(0), tables };
}

// A format 0 name table with only the kept records; their strings stay in
// the original storage, which is copied whole.
function leanNameTable(name: Uint8Array): Uint8Array {
  const view = new DataView(name.buffer, name.byteOffset, name.byteLength);
  if (view.getUint16(0) !== 0) return name;
  const count = view.getUint16(2);
  const storage = name.subarray(view.getUint16(4));
  const kept: Uint8Array[] = [];
  for (let i = 0; i < count; i += 1) {
    const record = name.subarray(6 + i * 12, 18 + i * 12);
    if (keptNameIds.has(new DataView(record.buffer, record.byteOffset, 12).getUint16(6))) kept.push(record);
  }
  if (kept.length === 0) return name;
  const out = new Uint8Array(6 + kept.length * 12 + storage.byteLength);
  const outView = new DataView(out.buffer);
  outView.setUint16(2, kept.length);
  outView.setUint16(4, 6 + kept.length * 12);
  kept.forEach((record, i) => out.set(record, 6 + i * 12));
  out.set(storage, 6 + kept.length * 12);
  return out;
}

function checksum(data: Uint8Array): number {
  const padded = new Uint8Array(Math.ceil(data.byteLength / 4) * 4);
  padded.set(data);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.byteLength; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

// Tables keep their order and contents (head's checkSumAdjustment too: pdfkit
// tells the weights apart by it), each padded to four bytes.
export function layoutFreeFont(file: Uint8Array): Uint8Array {
  const { version, tables } = readTables(file);
  const kept = tables
    .filter((table) => !droppedTables.has(table.tag))
    .map((table) => (table.tag === "name" ? { ...table, data: leanNameTable(table.data) } : table));
  const headerSize = 12 + kept.length * 16;
  const size = kept.reduce((sum, table) => sum + Math.ceil(table.data.byteLength / 4) * 4, headerSize);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  const power = 2 ** Math.floor(Math.log2(kept.length));
  view.setUint32(0, version);
  view.setUint16(4, kept.length);
  view.setUint16(6, power * 16);
  view.setUint16(8, Math.log2(power));
  view.setUint16(10, kept.length * 16 - power * 16);
  let offset = headerSize;
  kept.forEach((table, i) => {
    const record = 12 + i * 16;
    for (let c = 0; c < 4; c += 1) view.setUint8(record + c, table.tag.charCodeAt(c));
    view.setUint32(record + 4, checksum(table.data));
    view.setUint32(record + 8, offset);
    view.setUint32(record + 12, table.data.byteLength);
    out.set(table.data, offset);
    offset += Math.ceil(table.data.byteLength / 4) * 4;
  });
  return out;
}
