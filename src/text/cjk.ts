/**
 * The one definition of "Chinese character" for the app: CJK Unified Ideographs, Extension A and
 * the compatibility ideographs. Lexical tokens are stored per this range (tokenisation v2), so
 * changing it needs a migration that re-tokenises stored chunks.
 */
export const CJK_RANGE = '\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF';

const CJK_CHAR = new RegExp(`[${CJK_RANGE}]`);
const CJK_CHARS = new RegExp(`[${CJK_RANGE}]`, 'g');
const CJK_ONLY = new RegExp(`^[${CJK_RANGE}]+$`);

/** Whether the text holds at least one Chinese character. */
export function hasCjk(text: string): boolean {
  return CJK_CHAR.test(text);
}

/** Whether the text is non-empty and made of Chinese characters only (a CJK token). */
export function isCjkOnly(text: string): boolean {
  return CJK_ONLY.test(text);
}

/** Whether the text starts with a Chinese character. */
export function startsWithCjk(text: string): boolean {
  return text.length > 0 && CJK_CHAR.test(text[0]);
}

/** Whether the text ends with a Chinese character. */
export function endsWithCjk(text: string): boolean {
  return text.length > 0 && CJK_CHAR.test(text[text.length - 1]);
}

/** Number of Chinese characters in the text. */
export function countCjk(text: string): number {
  return text.match(CJK_CHARS)?.length ?? 0;
}

/**
 * The language of a question or a document sample: Chinese when more than a fifth of its
 * non-space characters are Chinese characters (a Chinese question naming "GW" or "NEV" is
 * still Chinese), else English.
 */
export function detectLanguage(text: string): 'en' | 'zh' {
  const compact = text.replace(/\s/g, '');
  if (compact.length === 0) return 'en';
  return countCjk(compact) / compact.length > 0.2 ? 'zh' : 'en';
}
