/**
 * Clause-level structure of a sentence for the rule extractor: clauses (split at commas, semicolons
 * and colons outside parentheses, never inside "20,000" or "2.5:1"), parenthesised asides, and
 * the markdown emphasis that must not reach a metric. Offsets are into the passage.
 */

export interface Range {
  start: number;
  end: number;
}

/** The clauses of text.slice(start, end), each ending with its punctuation mark; together they cover the range. */
export function splitClauses(text: string, start: number, end: number): Range[] {
  const out: Range[] = [];
  let from = start;
  let depth = 0;
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    if (ch === '(' || ch === '（') depth++;
    else if ((ch === ')' || ch === '）') && depth > 0) depth--;
    if (depth > 0) continue;
    const thousands =
      ch === ',' && /\d/.test(text[i - 1] ?? '') && /^\d{3}(?!\d)/.test(text.slice(i + 1, i + 5));
    // "车桩比2.5:1" is a ratio, not a label and its value.
    const ratio =
      (ch === ':' || ch === '：') && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '');
    const boundary =
      (',，;；:：'.includes(ch) && !thousands && !ratio) ||
      (/\s/.test(ch) && /^\s(?:while|whereas)\s/i.test(text.slice(i, i + 10)));
    if (boundary) {
      out.push({ start: from, end: i + 1 });
      from = i + 1;
    }
  }
  out.push({ start: from, end });
  return out;
}

/** Parenthesised asides in text.slice(from, to), start at the opening mark; one left open runs to `to`. */
export function parenGroups(text: string, from: number, to: number): Range[] {
  const groups: Range[] = [];
  const open: number[] = [];
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (ch === '(' || ch === '（') open.push(i);
    else if ((ch === ')' || ch === '）') && open.length)
      groups.push({ start: open.pop()!, end: i });
  }
  for (const start of open) groups.push({ start, end: to });
  return groups;
}

/** Start of the innermost parenthesis around `at`, or `from - 1` when there is none. */
export function openParen(groups: Range[], at: number, from: number): number {
  let open = from - 1;
  for (const g of groups) if (g.start < at && at < g.end && g.start > open) open = g.start;
  return open;
}

/** Markdown emphasis and link syntax removed: "**solar PV capacity**" → "solar PV capacity". */
export function stripMarkup(text: string): string {
  return text.replace(/\*\*|__/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
}

/** The range without leading or trailing spaces and clause punctuation. */
export function trimRange(text: string, start: number, end: number): Range {
  while (start < end && /[\s,，;；:：]/.test(text[start]!)) start++;
  while (end > start && /[\s,，;；:：]/.test(text[end - 1]!)) end--;
  return { start, end };
}
