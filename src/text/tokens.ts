import { CJK_RANGE } from './cjk.ts';
import { ENGLISH_STOPWORDS } from './stopwords.ts';

/**
 * Lexical tokens, computed in the app because PostgreSQL's parsers treat a run of Chinese
 * characters as one token (so full-text search on Chinese would find nothing).
 *
 * - Latin/digit runs: lower-cased words; decimals kept whole ("14.5"), thousands separators
 *   removed ("20,000" → "20000") so "20,000" and "20000" match.
 * - CJK runs: every character (unigram) and every adjacent pair (bigram). Bigrams carry most of
 *   the precision for Chinese ("碳达" "达峰"); unigrams keep recall for one-character words.
 *
 * The same function tokenises documents at ingest and questions at query time.
 */
const CJK = CJK_RANGE;
// A Latin/digit run stops where Chinese starts ("2030年全国…" → "2030", then the CJK run): a
// CJK character is also \p{L}, and one token "2030年全国森林蓄积量" would leave the Chinese without
// its bigrams (tokenisation v2, migration 007).
const TOKEN_RE = new RegExp(`[${CJK}]+|(?:(?![${CJK}])[\\p{L}\\p{N}])+(?:[.,][0-9]+)*`, 'gu');
const CJK_RUN_RE = new RegExp(`^[${CJK}]`);

/** Tokens for indexing and querying; order follows the text, duplicates kept (term frequency). */
export function lexicalTokens(text: string, options: { stopwords?: boolean } = {}): string[] {
  const dropStop = options.stopwords ?? true;
  const out: string[] = [];
  for (const match of text.toLowerCase().matchAll(TOKEN_RE)) {
    const run = match[0];
    if (CJK_RUN_RE.test(run)) {
      const chars = Array.from(run);
      for (let i = 0; i < chars.length; i++) {
        out.push(chars[i]);
        if (i + 1 < chars.length) out.push(chars[i] + chars[i + 1]);
      }
    } else {
      const word = /^[0-9]/.test(run) ? run.replace(/,(?=[0-9]{3}\b)/g, '') : run;
      if (dropStop && ENGLISH_STOPWORDS.has(word)) continue;
      out.push(word);
    }
  }
  return out;
}

/**
 * Tokens as one space-separated string: what a chunk's lexical vector is computed from
 * (src/text/lexical-vector.ts). "." and "," inside numbers become "_" ("14_5"), as they did when
 * this string fed PostgreSQL's `simple` parser; the term ids stored since depend on that form.
 */
export function tokenString(text: string): string {
  return lexicalTokens(text).map(safeLexeme).join(' ');
}

/** A chunk's token string, as ingest indexes it: heading, text and the document's title. */
export function chunkTokenString(heading: string | null, text: string, title: string): string {
  return tokenString((heading ? heading + '\n' : '') + text + '\n' + title);
}

/**
 * Query tokens, de-duplicated, in the form of the chunks' tokens (the terms of a lexical query
 * vector). CJK unigrams are dropped where a run has bigrams: in an OR query, single characters
 * like 年 or 是 match nearly every Chinese chunk and drown the informative bigrams.
 */
export function queryLexemes(text: string): string[] {
  const tokens = lexicalTokens(text).filter(
    (t) => !(t.length === 1 && CJK_RUN_RE.test(t)) || !hasCjkBigram(text),
  );
  return Array.from(new Set(tokens.map(safeLexeme))).filter((t) => t.length > 0);
}

function hasCjkBigram(text: string): boolean {
  return new RegExp(`[${CJK}]{2}`).test(text);
}

function safeLexeme(token: string): string {
  return token.replace(/[.,]/g, '_');
}
