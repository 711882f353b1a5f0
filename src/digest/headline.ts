import { hasCjk } from '../text/cjk.ts';
import { splitSentences } from '../text/sentences.ts';
import type { DigestChunk } from '../store.ts';

/**
 * The headline of a document: the first sentence of its opening that says what the document
 * does ("This work plan sets out …", "These rules are formulated to …", "…，制定本方案。"), else
 * its first substantive sentence. Extractive: the sentence is quoted exactly, with offsets into
 * the document's text.
 */
export interface Sentence {
  chunk_id: string;
  text: string;
  /** Offsets in the document's normalised text. */
  start: number;
  end: number;
  page_from: number | null;
  heading: string | null;
}

// A sentence in which the document names itself and what it does.
const SELF_REFERENCE = [
  /\b(?:this|these|the present)\s+(?:(?:work|action|implementation|special)\s+)?(?:plan|notice|rules|opinions|measures|regulations?|programme|document|circular|guidelines)\b/i,
  /(?:制定本|特制定|现就|现将|本方案|本规划|本细则|本办法|本意见|本通知|本条例|提出如下意见|制定如下)/,
];
const PURPOSE = [
  /\b(?:this|these)\s+(?:(?:work|action|implementation|special)\s+)?(?:plan|notice|rules|opinions|measures|regulations?|programme|document)\s+(?:is|are)\s+(?:formulated|issued|drawn up)|\b(?:this|these)\s+(?:(?:work|action|implementation|special)\s+)?(?:plan|notice|rules|opinions|measures|regulations?|programme|document)\s+(?:sets? out|lays? out|aims?|describes?|implements?)\b/i,
  /(?:制定本(?:方案|规划|细则|办法|意见|计划)|特制定本|特制定)/,
];
const SAYS_WHAT =
  /\b(?:sets? out|aims?|is formulated|are formulated|proposes|calls for|provides|establishes|is issued|are issued|specif(?:y|ies)|promotes?|supports?)\b|(?:制定|提出|印发|明确)/i;
// Lines that are not prose: labels, addressees, dates, document numbers, headings.
const NOT_PROSE = [
  /^\*\*|^#|^[-*]\s/,
  /^(?:issued by|document no|date of issue|to the\b)/i,
  /[:：]$/,
  /〔\d{4}〕|\[\d{4}\]\s*No\./,
  /^\d{4}年\d{1,2}月\d{1,2}日$/,
  /^(?:第[一二三四五六七八九十]+[章条]|[一二三四五六七八九十]+、)/,
];

function substantive(text: string): boolean {
  const cjk = hasCjk(text);
  if (text.length < (cjk ? 20 : 60) || text.length > (cjk ? 260 : 600)) return false;
  // A whole sentence: a clause cut at "；" or a label's list of issuers is not a headline.
  if (!/[.。!?！？]["”’)）]?$/.test(text.trim())) return false;
  return !NOT_PROSE.some((re) => re.test(text.trim()));
}

function sentencesOf(chunks: DigestChunk[], title: string): Sentence[] {
  const out: Sentence[] = [];
  for (const chunk of chunks) {
    for (const span of splitSentences(chunk.text)) {
      // The title line itself is no headline; a sentence that names the title ("现将《…细则》印发给你们") may be.
      if (span.text.replace(/^#+\s*/, '').trim() === title || span.text.length < title.length + 12)
        continue;
      out.push({
        chunk_id: chunk.chunk_id,
        text: span.text,
        start: chunk.start + span.start,
        end: chunk.start + span.end,
        page_from: chunk.page_from,
        heading: chunk.heading,
      });
    }
  }
  return out;
}

/** The headline sentence of one document from its opening chunks (in ordinal order), or null. */
export function headlineSentence(chunks: DigestChunk[], title: string): Sentence | null {
  const candidates = sentencesOf(chunks, title).filter((s) => substantive(s.text));
  return (
    // "…, this work plan is formulated." / "…，制定本方案。": the document's own statement of purpose.
    candidates.find((s) => PURPOSE.some((re) => re.test(s.text))) ??
    // "为…，现将《…》印发给你们": a cover letter that names the purpose before issuing the document.
    candidates.find((s) => /^为/.test(s.text) && SELF_REFERENCE.some((re) => re.test(s.text))) ??
    candidates.find(
      (s) => SELF_REFERENCE.some((re) => re.test(s.text)) && SAYS_WHAT.test(s.text),
    ) ??
    candidates.find((s) => SELF_REFERENCE.some((re) => re.test(s.text))) ??
    candidates[0] ??
    null
  );
}

/** Where the title stands in the document's opening, to cite it; null when it is not there verbatim. */
export function titleSpan(chunks: DigestChunk[], title: string): Sentence | null {
  for (const chunk of chunks) {
    const at = chunk.text.indexOf(title);
    if (at >= 0)
      return {
        chunk_id: chunk.chunk_id,
        text: title,
        start: chunk.start + at,
        end: chunk.start + at + title.length,
        page_from: chunk.page_from,
        heading: chunk.heading,
      };
  }
  return null;
}

const NUMBER_WORDS = [
  'no',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];

/** A count as a word ("Six"), for sentences the number verifier should not read as a claim. */
export function countWord(n: number, capital = false): string {
  const word = NUMBER_WORDS[n] ?? 'many';
  return capital ? word[0]!.toUpperCase() + word.slice(1) : word;
}

/**
 * A short issuer: "A; B; C; D" → "A and three other departments"; Chinese "A、B、C" → "A等3部门"
 * is avoided (a digit the verifier would check), so "A等部门".
 */
export function shortIssuer(issuer: string | null): string | null {
  if (!issuer) return null;
  // "生态环境部等11部门": the count is not a claim any passage supports; the issuers are.
  issuer = issuer.replace(/等\s*\d+\s*个?(部门|部委|单位)/g, '等$1');
  const parts = issuer
    .split(/\s*[;；、]\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length <= 2) return parts.join(hasCjk(issuer) ? '、' : ' and ');
  if (hasCjk(issuer)) return `${parts[0]}等部门`;
  return `${parts[0]} and ${countWord(parts.length - 1)} other departments`;
}
