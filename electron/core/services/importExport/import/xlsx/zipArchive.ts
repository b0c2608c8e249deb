import zlib from 'node:zlib';
import { formatBytes } from '../../../../../../shared/domain/format';
import { refuse } from '../refusal';

/**
 * An .xlsx is a zip archive, and a zip archive can lie: a 2 KB file can inflate to gigabytes, its
 * central directory can state sizes its compressed data does not keep to, and entries can overlap
 * so that the same bytes inflate many times over. This reader trusts nothing it has not checked: the
 * directory's sizes are summed and capped before anything is inflated, entries may not overlap, and
 * every entry is inflated as a stream that is cut off the moment it yields one byte more than the
 * directory said.
 */

/** What a workbook may inflate to in all: a 100,000-row workbook is well under it. */
export const MAX_UNPACKED_BYTES = 300 * 1024 * 1024;

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated */
  method: number;
  compressedSize: number;
  /** what the central directory says the entry inflates to; the inflater holds it to that */
  size: number;
  /** where the entry's compressed bytes start */
  dataStart: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_MARK = 0xffffffff;

/** A file that is not a readable workbook: a cut-off download, another kind of zip, broken XML. */
export const DAMAGED_WORKBOOK = '无法读取这个 Excel 文件：文件已损坏，或不是 Excel 工作簿（.xlsx）。请在 Excel 中打开确认后重新保存再导入。';

function damaged(): never {
  throw refuse(DAMAGED_WORKBOOK);
}

function tooLargeUnpacked(size: number): never {
  throw refuse(
    `这个工作簿解压后的内容${Number.isFinite(size) ? `有 ${formatBytes(size)}` : '过大'}，超过可读取的上限 ${formatBytes(MAX_UNPACKED_BYTES)}。请按年份或口岸拆分成几个文件后分别导入。`,
  );
}

function findEndOfDirectory(view: DataView, length: number): number {
  // The end record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  for (let i = length - 22; i >= Math.max(0, length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === END_OF_DIRECTORY) return i;
  }
  return -1;
}

/**
 * The archive's entries from its central directory, refused when the directory is damaged, when
 * entries overlap, or when their stated sizes add up to more than MAX_UNPACKED_BYTES. ZIP64 archives
 * (for files of gigabytes) are refused as too large: no workbook the import takes needs one.
 */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view, bytes.length);
  if (end < 0) damaged();
  const count = view.getUint16(end + 10, true);
  const directoryStart = view.getUint32(end + 16, true);
  if (count === 0xffff || directoryStart === ZIP64_MARK) tooLargeUnpacked(Infinity);

  const entries: ZipEntry[] = [];
  const spans: [number, number][] = [];
  let total = 0;
  let offset = directoryStart;
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== DIRECTORY_ENTRY) damaged();
    const method = view.getUint16(offset + 10, true);
    const compressedSize = view.getUint32(offset + 20, true);
    const size = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const localOffset = view.getUint32(offset + 42, true);
    if (size === ZIP64_MARK || compressedSize === ZIP64_MARK || localOffset === ZIP64_MARK) tooLargeUnpacked(Infinity);
    total += size;
    if (total > MAX_UNPACKED_BYTES) tooLargeUnpacked(total);
    const name = Buffer.from(bytes.buffer, bytes.byteOffset + offset + 46, Math.min(nameLength, bytes.length - offset - 46)).toString('utf8');
    offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);

    if (localOffset + 30 > directoryStart || view.getUint32(localOffset, true) !== LOCAL_HEADER) damaged();
    const dataStart = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    if (dataStart + compressedSize > directoryStart) damaged();
    if (method !== 0 && method !== 8) damaged();
    if (method === 0 && compressedSize !== size) damaged();
    entries.push({ name, method, compressedSize, size, dataStart });
    spans.push([localOffset, dataStart + compressedSize]);
  }
  // Overlapping entries inflate the same bytes again and again: a bomb, never a workbook.
  spans.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < spans.length; i++) if (spans[i]![0] < spans[i - 1]![1]) damaged();
  return entries;
}

/**
 * An entry's content as a stream of chunks, inflated as it is read. The directory's size is the
 * limit: a stream that yields more is cut off at once and the file refused, so a directory that lies
 * costs at most the size it claimed (and all claims together are capped by readZipDirectory).
 */
export async function* inflateEntry(bytes: Uint8Array, entry: ZipEntry): AsyncGenerator<Buffer> {
  const compressed = Buffer.from(bytes.buffer, bytes.byteOffset + entry.dataStart, entry.compressedSize);
  if (entry.method === 0) {
    yield compressed;
    return;
  }
  const inflater = zlib.createInflateRaw();
  inflater.end(compressed);
  let produced = 0;
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      produced += chunk.length;
      if (produced > entry.size) {
        throw refuse(
          `这个工作簿中的“${entry.name}”实际解压后的大小超过了文件目录中记录的 ${formatBytes(entry.size)}，文件已损坏或被改动过，无法安全读取。请在 Excel 中打开确认后重新保存再导入。`,
        );
      }
      yield chunk;
    }
  } catch (e) {
    if (e instanceof Error && 'code' in e && typeof e.code === 'string' && e.code.startsWith('Z_')) damaged();
    throw e;
  } finally {
    inflater.destroy();
  }
  if (produced !== entry.size) damaged();
}
