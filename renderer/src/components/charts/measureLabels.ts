/**
 * Where the measures' titles go on a chart, so that they never overlap: markers closer together than
 * a title's room are collapsed into one "N 项措施" (every title in its tooltip), and a title longer
 * than the room before the next one is cut with "…" (whole in its tooltip). The "全部" range of ten
 * years would otherwise print twenty titles over one another.
 */

export interface MeasureLabel {
  /** where the label starts (the first marker of its group) */
  x: number;
  text: string;
  /** every title of the group, for the tooltip */
  title: string;
  count: number;
}

/** Least room a label is given; markers closer than this to the group's first join the group. */
export const MIN_LABEL_ROOM = 64;

/** An estimate of a text's width at 11 px without measuring the page: CJK characters are square. */
export function labelWidth(text: string, fontSize = 11): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\uffff]/.test(ch) ? fontSize : fontSize * 0.6;
  return w;
}

function cutTo(text: string, room: number): string {
  if (labelWidth(text) <= room) return text;
  let out = '';
  for (const ch of text) {
    if (labelWidth(`${out}${ch}…`) > room) break;
    out += ch;
  }
  return `${out}…`;
}

/** `markers` in any order; `right`: the plot's right edge. */
export function layoutMeasureLabels(markers: readonly { x: number; label: string }[], right: number): MeasureLabel[] {
  const sorted = [...markers].sort((a, b) => a.x - b.x);
  const groups: { x: number; labels: string[] }[] = [];
  for (const m of sorted) {
    const last = groups.at(-1);
    if (last && m.x - last.x < MIN_LABEL_ROOM) last.labels.push(m.label);
    else groups.push({ x: m.x, labels: [m.label] });
  }
  return groups.map((g, i) => {
    const room = (groups[i + 1]?.x ?? right) - g.x - 6;
    const whole = g.labels.length === 1 ? g.labels[0]! : `${g.labels.length} 项措施`;
    return { x: g.x, text: cutTo(whole, Math.max(room, MIN_LABEL_ROOM - 6)), title: g.labels.join('\n'), count: g.labels.length };
  });
}
