/**
 * Sentence splitting for English and Chinese. Returns spans (offsets into the input) so that
 * citations can point at the exact characters. Never splits inside a number ("14.5%", "1.6万"),
 * after common abbreviations ("No. 23", "e.g."), or inside brackets that open and close within
 * a short distance.
 */
export interface Span {
  start: number;
  end: number;
  text: string;
}

const ABBREVIATIONS =
  /(?:\b(?:No|Nos|Art|Arts|e\.g|i\.e|etc|vs|approx|Fig|Vol|Mr|Ms|Dr|St|Co|Ltd|Inc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))\.$/i;

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    // Trim whitespace at both ends of the span, keeping offsets exact.
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) spans.push({ start: s, end: e, text: text.slice(s, e) });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      // A line break ends a sentence when the line is a heading, a list item or a table row,
      // or the next line starts a new item; PDF loaders already joined wrapped lines.
      push(i + 1);
      continue;
    }
    if ('。！？；!?'.includes(ch)) {
      let j = i + 1;
      while (j < text.length && '”’"\')）」'.includes(text[j])) j++;
      push(j);
      i = j - 1;
      continue;
    }
    if (ch === '.' || ch === ';') {
      const next = text[i + 1];
      if (next === undefined || /\s/.test(next)) {
        const before = text.slice(Math.max(0, i - 8), i + 1);
        if (ch === '.' && ABBREVIATIONS.test(before)) continue;
        // Single capital initial ("U.S.") or a list number "1." after a space, a line break or
        // punctuation ("方案》：2. 对个人…"): not an end.
        if (
          ch === '.' &&
          /(?:^|[^\p{L}\p{N}.])(?:[A-Z]|\d{1,2}|[ivxIVX]{1,4})\.$/u.test(
            text.slice(Math.max(0, i - 5), i + 1),
          )
        )
          continue;
        push(i + 1);
      }
    }
  }
  push(text.length);
  return spans;
}
