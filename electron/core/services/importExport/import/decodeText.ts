import iconv from 'iconv-lite';
import { refuse } from './refusal';

export interface DecodedText {
  text: string;
  /** how the bytes were read, for the preview ("UTF-8", "GBK" …) */
  encoding: string;
}

/**
 * A CSV's bytes as text. Chinese Excel writes CSV in GBK ("ANSI") unless told otherwise, newer
 * versions UTF-8 with a BOM, other programs UTF-8 without one; "Unicode text" is UTF-16 with a BOM.
 * Strict UTF-8 decoding fails on GBK's byte pairs, which is how the two are told apart: a GBK file
 * that happens to be valid UTF-8 is vanishingly rare for Chinese text.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strictUtf8(bytes.subarray(3)) ?? refuseBroken('UTF-8'), encoding: 'UTF-8（带 BOM）' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf16le'), encoding: 'UTF-16' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf16be'), encoding: 'UTF-16' };
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'UTF-8' };
  // GB18030 is a superset of GBK and GB2312 and decodes every byte sequence they can hold.
  const text = iconv.decode(Buffer.from(bytes), 'gb18030');
  if (text.includes('\uFFFD')) refuseBroken('GBK');
  return { text, encoding: 'GBK' };
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function refuseBroken(encoding: string): never {
  throw refuse(`无法读取文件中的文字（既不是有效的 UTF-8，也不是 GBK）。按 ${encoding} 读取时遇到乱码，请在 Excel 中另存为“CSV UTF-8（逗号分隔）”后再导入。`);
}
