/**
 * Characters nobody types: C0 controls other than tab and line breaks, DEL and the C1 controls. A NUL
 * in a note made the program's own CSV export look like a binary file to its import; others garble
 * terminals, logs and other programs. They are refused wherever text enters, for every method (the
 * dispatcher checks each input before its schema), naming the field.
 */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** Deeper than any input of the contract; beyond it the schema refuses the shape anyway. */
const MAX_DEPTH = 32;

export interface ControlCharacterFound {
  /** the field's path as fieldErrors name it ('values.note', 'days.0.values.note'; '' for the input itself) */
  path: string;
  /** the character, as U+XXXX */
  code: string;
}

/** A control character in a text, as U+XXXX, or null. */
export function controlCharacterIn(text: string): string | null {
  const m = CONTROL_CHARACTER.exec(text);
  return m ? `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : null;
}

export function findControlCharacter(value: unknown, path: readonly (string | number)[] = []): ControlCharacterFound | null {
  if (typeof value === 'string') {
    const code = controlCharacterIn(value);
    return code ? { path: path.join('.'), code } : null;
  }
  if (value === null || typeof value !== 'object' || path.length >= MAX_DEPTH) return null;
  for (const [key, inner] of Array.isArray(value) ? value.entries() : Object.entries(value)) {
    const found = findControlCharacter(inner, [...path, key]);
    if (found) return found;
  }
  return null;
}

export function controlCharacterMessage(found: ControlCharacterFound): string {
  return `输入有误：内容中有不可见的控制字符（${found.code}），可能是从其他程序复制时带入的。请删除后重新填写。`;
}
