/**
 * Text normalisation applied to every loader's output before anything is stored, and to every
 * query before it is tokenised. Offsets stored on chunks are offsets into the *normalised* text.
 *
 * - NFKC maps the Kangxi-radical code points (and a table maps the CJK Radicals Supplement ones) that PDFs printed from Chinese fonts carry
 *   ("⼗四五" → "十四五", "⽬标" → "目标") and folds full-width digits and Latin letters
 *   ("２０２５" → "2025").
 * - NFKC would also turn Chinese full-width punctuation (，：；（）！？) into ASCII; those marks are
 *   kept as written so Chinese text stays readable and quotes match the source.
 * - Control characters (except tab and newline), zero-width characters and bidi overrides are
 *   removed: they are invisible, break matching, and are a known spoofing vector.
 * - Line endings become \n; runs of spaces/tabs collapse to one space; more than two newlines
 *   collapse to two (paragraph break); trailing spaces on lines are trimmed.
 */
/**
 * CJK Radicals Supplement (U+2E80–U+2EFF) code points have no NFKC decomposition, yet PDF text
 * printed from Chinese fonts uses them for ordinary simplified characters ("⻛电" for "风电").
 */
const RADICALS_SUPPLEMENT: Record<string, string> = {
  '\u2E8C': '小',
  '\u2E8D': '小',
  '\u2E95': '彐',
  '\u2E97': '心',
  '\u2E9D': '月',
  '\u2E9F': '母',
  '\u2EA0': '民',
  '\u2EA7': '牛',
  '\u2EAA': '疋',
  '\u2EAE': '竹',
  '\u2EB3': '网',
  '\u2EB6': '羊',
  '\u2EB7': '羊',
  '\u2EB9': '耂',
  '\u2EBB': '聿',
  '\u2EBE': '艹',
  '\u2EBF': '艹',
  '\u2EC0': '艸',
  '\u2EC1': '虎',
  '\u2EC2': '衤',
  '\u2EC3': '覀',
  '\u2EC4': '西',
  '\u2EC5': '见',
  '\u2EC6': '角',
  '\u2EC8': '讠',
  '\u2EC9': '贝',
  '\u2ECA': '足',
  '\u2ECB': '车',
  '\u2ECC': '辶',
  '\u2ECD': '辶',
  '\u2ECF': '阝',
  '\u2ED0': '钅',
  '\u2ED1': '長',
  '\u2ED2': '镸',
  '\u2ED3': '长',
  '\u2ED4': '门',
  '\u2ED6': '阝',
  '\u2ED7': '雨',
  '\u2ED8': '青',
  '\u2EDA': '页',
  '\u2EDB': '风',
  '\u2EDC': '飞',
  '\u2EDD': '食',
  '\u2EDF': '食',
  '\u2EE0': '饣',
  '\u2EE2': '马',
  '\u2EE3': '骨',
  '\u2EE4': '鬼',
  '\u2EE5': '鱼',
  '\u2EE6': '鸟',
  '\u2EE7': '卤',
  '\u2EE8': '麦',
  '\u2EE9': '黄',
  '\u2EEA': '黾',
  '\u2EEB': '齐',
  '\u2EEC': '齐',
  '\u2EED': '齿',
  '\u2EEF': '龙',
  '\u2EF0': '龙',
  '\u2EF2': '龟',
  '\u2EF3': '龟',
};

export function normalizeText(input: string): string {
  // Chinese sentence punctuation is kept as written (NFKC would turn ，：；（）！？ into ASCII);
  // everything else — digits, letters, ％, Kangxi radicals — goes through NFKC.
  let text = input
    .replace(/[^，：；（）！？]+/g, (segment) => segment.normalize('NFKC'))
    .replace(/[\u2E80-\u2EFF]/g, (ch) => RADICALS_SUPPLEMENT[ch] ?? ch);
  text = text.replace(/\r\n?/g, '\n');
  // Zero-width, BOM, bidi controls, soft hyphen, and C0/C1 controls other than \t and \n.
  text = text.replace(
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g,
    '',
  );
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
