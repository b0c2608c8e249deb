import { SaxesParser } from 'saxes';
import { inflateEntry, type ZipEntry } from './zipArchive';

export interface XmlHandler {
  /** an element opens; names without their namespace prefix ("x:c" → "c") */
  open(name: string, attributes: Record<string, string>): void;
  text?(text: string): void;
  close?(name: string): void;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/**
 * One XML part of the archive, read as it is inflated: nothing of it is held beyond the chunk in
 * hand, so a sheet of any size costs only what the handler keeps. A handler that throws (a refusal)
 * stops the inflating at once.
 */
export async function readXmlEntry(bytes: Uint8Array, entry: ZipEntry, handler: XmlHandler): Promise<void> {
  const parser = new SaxesParser();
  parser.on('opentag', (node) => {
    const attributes: Record<string, string> = {};
    for (const key in node.attributes) attributes[localName(key)] = node.attributes[key] as string;
    handler.open(localName(node.name), attributes);
  });
  if (handler.text) {
    const onText = handler.text;
    parser.on('text', onText);
    parser.on('cdata', onText);
  }
  if (handler.close) {
    const onClose = handler.close;
    parser.on('closetag', (node) => onClose(localName(node.name)));
  }
  let error: unknown = null;
  parser.on('error', (e) => {
    error ??= e;
  });
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of inflateEntry(bytes, entry)) {
    parser.write(decoder.decode(chunk, { stream: true }));
    if (error) throw error;
  }
  parser.write(decoder.decode());
  parser.close();
  if (error) throw error;
}
