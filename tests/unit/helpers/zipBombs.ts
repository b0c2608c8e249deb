import { once } from 'node:events';
import zlib from 'node:zlib';

/**
 * Workbooks written byte by byte, as an attacker would: exceljs (which the other tests use to write
 * files) cannot make them, since it would itself expand a whole-sheet merge or refuse to lie about sizes.
 */
export interface RawEntry {
  name: string;
  /** the deflated content */
  compressed: Buffer;
  /** what the content really inflates to */
  size: number;
  /** what the central directory claims it inflates to (the truth unless given) */
  claimedSize?: number;
}

export function deflated(name: string, content: string | Buffer): RawEntry {
  const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return { name, compressed: zlib.deflateRawSync(data), size: data.length };
}

/** A zip archive of deflated entries; sizes in its directory (and local headers) as each entry claims. */
export function zipOf(entries: RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const claimed = e.claimedSize ?? e.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.compressed.length, 18);
    local.writeUInt32LE(claimed, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.compressed.length, 20);
    central.writeUInt32LE(claimed, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.compressed);
    directory.push(central, name);
    offset += 30 + name.length + e.compressed.length;
  }
  const dir = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The parts every workbook has besides its one sheet, which is xl/worksheets/sheet1.xml. */
function workbookParts(sheetName: string): RawEntry[] {
  return [
    deflated(
      '[Content_Types].xml',
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
    deflated('_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    deflated('xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="${REL_NS}"><sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    deflated(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
  ];
}

function inlineCell(ref: string, text: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
}

/** The 1.7 KB workbook: a header, one day, and one merged range over the rest of the sheet (A3:XFD1048576). */
export function mergeBomb(): Buffer {
  const sheet =
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}"><dimension ref="A1:XFD1048576"/><sheetData>` +
    `<row r="1">${inlineCell('A1', '日期')}${inlineCell('B1', '入境人员')}</row>` +
    `<row r="2">${inlineCell('A2', '2025-01-05')}<c r="B2"><v>1234</v></c></row>` +
    `</sheetData><mergeCells count="1"><mergeCell ref="A3:XFD1048576"/></mergeCells></worksheet>`;
  return zipOf([...workbookParts('合并'), deflated('xl/worksheets/sheet1.xml', sheet)]);
}

/** Deflates pieces as a stream: a gigabyte of content never sits in memory at once. */
async function deflateStream(pieces: Iterable<Buffer>): Promise<{ compressed: Buffer; size: number }> {
  const deflater = zlib.createDeflateRaw({ level: 1 });
  const out: Buffer[] = [];
  deflater.on('data', (c: Buffer) => out.push(c));
  const ended = once(deflater, 'end');
  let size = 0;
  for (const piece of pieces) {
    size += piece.length;
    if (!deflater.write(piece)) await once(deflater, 'drain');
  }
  deflater.end();
  await ended;
  return { compressed: Buffer.concat(out), size };
}

/**
 * A workbook whose directory says its sheet is 1 KB while it inflates to `realBytes` (the was
 * 1.5 GB from 1.2 MB): an XML comment of spaces after a valid start of a sheet.
 */
export async function lyingBomb(realBytes: number): Promise<Buffer> {
  const filler = Buffer.alloc(1024 * 1024, 0x20);
  function* pieces() {
    yield Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}"><sheetData><row r="1">${inlineCell('A1', '日期')}</row></sheetData><!--`, 'utf8');
    for (let n = 0; n < Math.ceil(realBytes / filler.length); n++) yield filler;
    yield Buffer.from('--></worksheet>', 'utf8');
  }
  const { compressed, size } = await deflateStream(pieces());
  return zipOf([...workbookParts('目录'), { name: 'xl/worksheets/sheet1.xml', compressed, size, claimedSize: 1024 }]);
}

/**
 * An honest workbook of Excel's every row (1,048,576), one day per row: 17.6 MB in the issue. Rows
 * are made in batches, so the 60 MB of XML is never one string.
 */
export async function millionRows(rows = 1_048_576): Promise<Buffer> {
  function* pieces() {
    yield Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}"><sheetData><row r="1">${inlineCell('A1', '日期')}${inlineCell('B1', '入境人员')}</row>`, 'utf8');
    const day0 = Date.UTC(2000, 0, 1) / 86_400_000 + 25569;
    for (let start = 2; start <= rows; start += 10_000) {
      let xml = '';
      for (let r = start; r < Math.min(start + 10_000, rows + 1); r++) xml += `<row r="${r}"><c r="A${r}" s="1"><v>${day0 + r}</v></c><c r="B${r}"><v>${r % 5000}</v></c></row>`;
      yield Buffer.from(xml, 'utf8');
    }
    yield Buffer.from('</sheetData></worksheet>', 'utf8');
  }
  const { compressed, size } = await deflateStream(pieces());
  return zipOf([...workbookParts('百万行'), { name: 'xl/worksheets/sheet1.xml', compressed, size }]);
}
