/**
 * Text normalisation applied to every loader's output before anything is stored, and to every
 * query before it is tokenised. Offsets stored on chunks are offsets into the *normalised* text.
 *
 * - NFKC maps the Kangxi-radical code points that PDFs printed from Chinese fonts carry
 *   ("⼗四五" → "十四五", "⽬标" → "目标") and folds full-width digits and Latin letters
 *   ("２０２５" → "2025").
 * - NFKC would also turn Chinese full-width punctuation (，。：；（）) into ASCII for some of it
 *   (，→, is *not* folded by NFKC, but （）→() and ：→: are). We keep the Chinese sentence marks
 *   that NFKC leaves alone and fold the rest, so text stays readable and numbers parse.
 * - Control characters (except tab and newline), zero-width characters and bidi overrides are
 *   removed: they are invisible, break matching, and are a known spoofing vector.
 * - Line endings become \n; runs of spaces/tabs collapse to one space; more than two newlines
 *   collapse to two (paragraph break); trailing spaces on lines are trimmed.
 */
export function normalizeText(input: string): string {
  let text = input.normalize('NFKC');
  text = text.replace(/\r\n?/g, '\n');
  // Zero-width, BOM, bidi controls, soft hyphen, and C0/C1 controls other than \t and \n.
  text = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g, '');
  // Ideographic space and other Unicode spaces → ASCII space.
  text = text.replace(/[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, ' ');
  text = text.replace(/[ \t]+/g, ' ');
  text = text.replace(/ *\n */g, '\n');
  text = text.replace(/\n{3,}/g, '\n\n');
  return text.trim();
}

/** Normalisation for short single-line inputs (questions, metadata fields). */
export function normalizeInline(input: string): string {
  return normalizeText(input).replace(/\s+/g, ' ').trim();
}
