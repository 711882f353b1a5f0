/**
 * Query translation with a real bilingual dictionary (a policy-domain subset of CC-CEDICT, built
 * by scripts/build-dictionary.ts), for the words of a question the domain thesaurus does not
 * cover: a Chinese question's words become English glosses, an English question's words the
 * Chinese headwords glossed by them. Chinese is segmented into words with `Intl.Segmenter`
 * (ICU's dictionary, in Node and in workerd alike). The thesaurus takes precedence: words inside
 * a thesaurus match are not translated again.
 */
import data from './dictionary.json' with { type: 'json' };
import { matchTerms } from './thesaurus.ts';
import { isCjkOnly } from '../text/cjk.ts';
import { TRANSLATION_SKIP_WORDS } from '../text/stopwords.ts';

const ZH_TO_EN: Readonly<Record<string, string[]>> = data as Record<string, string[]>;

/**
 * English gloss (a word or short phrase) → the Chinese headwords glossed exactly so. Only whole
 * glosses: "cut" in "power cut" or "low-cut" would translate "cut" as 停电 and 低胸.
 */
const EN_TO_ZH = (() => {
  const exact = new Map<string, string[]>();
  for (const [word, glosses] of Object.entries(ZH_TO_EN)) {
    for (const gloss of glosses) {
      const key = stem(gloss);
      const list = exact.get(key);
      if (!list) exact.set(key, [word]);
      else if (!list.includes(word)) list.push(word);
    }
  }
  // Shorter headwords first: "煤炭" before "煤炭工业" for "coal".
  for (const list of exact.values()) list.sort((a, b) => a.length - b.length);
  return { exact };
})();

const SEGMENTER = new Intl.Segmenter('zh', { granularity: 'word' });

function stem(word: string): string {
  const w = word
    .toLowerCase()
    .replace(/ise\b/g, 'ize')
    .replace(/isation\b/g, 'ization')
    .replace(/tre\b/g, 'ter');
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

/** Character ranges of the text that the thesaurus already covers. */
function thesaurusSpans(text: string): [number, number][] {
  return matchTerms(text).map((m) => [m.start, m.end]);
}

function covered(spans: [number, number][], start: number, end: number): boolean {
  return spans.some(([s, e]) => start < e && s < end);
}

/**
 * Translations of the words of `text` that the thesaurus does not cover, in the other language:
 * English glosses for a Chinese text, Chinese headwords for an English one. One group per
 * source word (its alternatives), in text order, at most `limit` terms in all, de-duplicated.
 */
export function translationGroups(text: string, language: 'en' | 'zh', limit = 12): string[][] {
  const normalized = text.normalize('NFKC');
  const spans = thesaurusSpans(normalized);
  const groups: string[][] = [];
  const seen = new Set<string>();
  let count = 0;
  const push = (terms: string[]) => {
    const fresh = terms.filter((t) => !seen.has(t)).slice(0, Math.max(0, limit - count));
    for (const t of fresh) seen.add(t);
    count += fresh.length;
    if (fresh.length > 0) groups.push(fresh);
  };
  if (language === 'zh') {
    for (const segment of SEGMENTER.segment(normalized)) {
      const word = segment.segment;
      if (!segment.isWordLike || !isCjkOnly(word) || word.length < 2) continue;
      if (covered(spans, segment.index, segment.index + word.length)) continue;
      for (const part of dictionaryWords(word)) push(ZH_TO_EN[part].slice(0, 2));
    }
    return groups;
  }
  const words = Array.from(normalized.matchAll(/[A-Za-z][A-Za-z'-]*/g), (m) => ({
    word: stem(m[0].replace(/'s$/i, '')),
    start: m.index,
    end: m.index + m[0].length,
  }));
  for (let i = 0; i < words.length; i++) {
    const { word, start } = words[i];
    if (TRANSLATION_SKIP_WORDS.has(word) || covered(spans, start, words[i].end)) continue;
    const next = words[i + 1];
    const phrase =
      next && !TRANSLATION_SKIP_WORDS.has(next.word)
        ? EN_TO_ZH.exact.get(`${word} ${next.word}`)
        : undefined;
    if (phrase) {
      push(phrase.slice(0, 2));
      i++;
      continue;
    }
    push((EN_TO_ZH.exact.get(word) ?? []).slice(0, 2));
  }
  return groups;
}

/** {@link translationGroups}, flattened: the terms to search for. */
export function translateQuery(text: string, language: 'en' | 'zh', limit = 12): string[] {
  return translationGroups(text, language, limit).flat();
}

/** The Chinese words of a text (ICU word segmentation), two characters or more. */
export function chineseWords(text: string): string[] {
  const words: string[] = [];
  for (const segment of SEGMENTER.segment(text.normalize('NFKC'))) {
    if (segment.isWordLike && isCjkOnly(segment.segment) && segment.segment.length >= 2)
      words.push(segment.segment);
  }
  return words;
}

/** A segment as dictionary words: itself when listed, else its longest listed parts, left to right. */
function dictionaryWords(segment: string): string[] {
  if (ZH_TO_EN[segment]) return [segment];
  const parts: string[] = [];
  for (let i = 0; i < segment.length;) {
    let length = Math.min(4, segment.length - i);
    while (length >= 2 && !ZH_TO_EN[segment.slice(i, i + length)]) length--;
    if (length >= 2) {
      parts.push(segment.slice(i, i + length));
      i += length;
    } else i++;
  }
  return parts;
}
