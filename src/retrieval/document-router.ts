/**
 * The document router: a question that names a document — by number ("发改能源〔2023〕1044号"),
 * title or short title in either language ("the Implementation Plan for Carbon Peaking in the
 * Industrial Sector", "《工业领域碳达峰实施方案》"), or issuer and kind ("the MEE's interim
 * measures on carbon trading") — is resolved to that document first, so retrieval looks for
 * passages inside it rather than in a look-alike plan of another region.
 *
 * Titles and questions are compared as sets of concepts that cross languages: thesaurus groups,
 * regions, issuers, the document kind, and (same language only) the title's remaining words.
 */
import { findAllTermGroups, GENERIC_GROUPS } from './thesaurus.ts';
import { findRegions } from '../text/regions.ts';
import { lexicalTokens } from '../text/tokens.ts';
import { detectLanguage, isCjkOnly } from '../text/cjk.ts';
import { findIssuers, namedIssuerCount } from './issuers.ts';
import { chineseWords, translateQuery } from './dictionary.ts';
import type { RouterWeights } from '../weights.ts';
import { documentNumberPattern, ENGLISH_DOCUMENT_NUMBER_SOURCE } from '../text/document-numbers.ts';

import type { CatalogueEntry } from '../domain.ts';

export interface RoutedDocument {
  id: string;
  /** 0–1: share of the title's concepts the question names, or 1 for a document number. */
  score: number;
  by: 'number' | 'title';
}

// Kinds of document, as a question or a title names them. Order matters: longer forms first.
const KINDS: [string, RegExp][] = [
  ['implementation-plan', /implementation plan|implementing plan|实施方案|工作方案/i],
  ['action-plan', /action plan|行动方案|行动计划/i],
  // "plan" as a noun: "does Anhui plan to cut …" names no document.
  ['plan', /\bplan\b(?!\s+to\b)|规划|方案/i],
  ['notice', /\bnotice\b|\bcircular\b|通知/i],
  ['opinions', /\b(?:guiding )?opinions?\b|guidelines?|指导意见|意见/i],
  ['measures', /\bmeasures\b|办法/i],
  ['rules', /\brules\b|\bdetailed rules\b|细则|规则/i],
  ['regulations', /\bregulations?\b|条例|规定/i],
];

function kindsOf(text: string): string[] {
  const found: string[] = [];
  for (const [kind, pattern] of KINDS) if (pattern.test(text)) found.push(kind);
  // An implementation or action plan is also a plan.
  return found;
}

// Words in a title that name its kind or are function words: not distinctive of one document.
const TITLE_FILLER = new Set(
  'plan plans implementation implementing action notice circular opinions opinion guiding measures rules regulations interim provisional on for of the and in to a an by about further work 关于 方案 实施 行动 规划 通知 意见 办法 细则 条例 规定 印发 做好 进一步 推动 加快 促进 关于印发 的 年 工作'.split(
    ' ',
  ),
);

/**
 * The question without the words that name a document — its number, a 《quoted title》, an
 * opening "Under the … Plan," — which say where to look, not what to look for: passages that
 * repeat the title (a document-number line) are not answers.
 */
export function withoutDocumentNames(question: string): string {
  return question
    .replace(/(?:[A-Z][a-z]+ ){1,5}\[(?:19|20)\d{2}\] No\. ?\d{1,4}/g, ' ')
    .replace(documentNumberPattern(), ' ')
    .replace(new RegExp(ENGLISH_DOCUMENT_NUMBER_SOURCE, 'gi'), ' ')
    .replace(/《[^》]{2,80}》/g, ' ')
    .replace(
      /^(?:under|according to|in|per|as per)\s+the\s+[^,?]{4,160}?\b(?:plan|notice|measures|opinions|rules|regulations|guidelines|programme|program)\b[^,?]{0,120},\s*/i,
      '',
    )
    .replace(/\s+/g, ' ')
    .trim();
}

/** A document number's identity: its year and serial ("〔2023〕1044号" → "2023/1044"), with the agency prefix when written. */
export function documentNumberKeys(text: string): { prefix: string; key: string }[] {
  const keys: { prefix: string; key: string }[] = [];
  for (const m of text.matchAll(documentNumberPattern())) {
    keys.push({ prefix: m[1], key: `${m[2]}/${Number(m[3])}` });
  }
  // English renderings: "Fa Gai Neng Yuan [2023] No. 1044", "No. 1044 [2023]".
  for (const m of text.matchAll(new RegExp(ENGLISH_DOCUMENT_NUMBER_SOURCE, 'gi')))
    keys.push({ prefix: '', key: `${m[2]}/${Number(m[1])}` });
  return keys;
}

interface Concepts {
  all: Set<string>;
  /** Concepts that only words of the same language can match (title residue). */
  words: Set<string>;
}

function concepts(text: string, includeWords: boolean, translateFrom?: 'en' | 'zh'): Concepts {
  const all = new Set<string>();
  // Groups that name a kind of document ("carbon peaking action plan") are the kind, matched separately.
  for (const group of findAllTermGroups(text))
    if (!GENERIC_GROUPS.has(group.id) && kindsOf(group.en[0]).length === 0)
      all.add(`g:${group.id}`);
  for (const region of findRegions(text)) all.add(`r:${region}`);
  for (const issuer of findIssuers(text)) all.add(`i:${issuer}`);
  const words = new Set<string>();
  // A title in the other language is compared through its dictionary translation.
  const source = translateFrom ? translateQuery(text, translateFrom, 16).join(' ') : text;
  if (includeWords || translateFrom) {
    // Latin words, and Chinese words as segmented (bigrams would cross word boundaries: "动方" in "行动方案").
    for (const token of [
      ...lexicalTokens(source).filter((t) => !isCjkOnly(t)),
      ...chineseWords(source),
    ]) {
      if (TITLE_FILLER.has(token) || /^\d+$/.test(token)) continue;
      // A truncation stem, so "industrial" meets "industry" and "emissions" meets "emission".
      words.add(`w:${isCjkOnly(token) ? token : token.slice(0, 6)}`);
    }
  }
  return { all, words };
}

/**
 * Documents the question names, best first; empty when it names none. A document number names
 * its document outright; a title is named when the question states most of its concepts and
 * speaks of a document ("plan", "《…》", "办法", an issuer). Ties keep every document within
 * `weights.tie` of the best (a question naming a kind of plan every province issued, without a
 * region, is about each of them equally — the national scope then decides).
 */
export function routeDocuments(
  question: string,
  catalogue: readonly CatalogueEntry[],
  weights: RouterWeights,
): RoutedDocument[] {
  const numbered = documentNumberKeys(question);
  if (numbered.length > 0) {
    const hits = catalogue.filter((entry) => {
      const keys = entry.doc_number ? documentNumberKeys(entry.doc_number) : [];
      return keys.some((k) =>
        numbered.some(
          (n) =>
            n.key === k.key &&
            (!n.prefix || !k.prefix || n.prefix.endsWith(k.prefix) || k.prefix.endsWith(n.prefix)),
        ),
      );
    });
    if (hits.length > 0)
      return hits.map((entry) => ({ id: entry.id, score: 1, by: 'number' as const }));
  }

  const quoted = Array.from(question.matchAll(/《([^》]{2,80})》/g), (m) => m[1]);
  const namesDocument =
    quoted.length > 0 ||
    kindsOf(question).length > 0 ||
    findIssuers(question).length > 0 ||
    namedIssuerCount(question) !== null;
  if (!namesDocument) return [];
  const questionLanguage = detectLanguage(question);
  const asked = concepts(quoted.length > 0 ? quoted.join(' ') : question, true);
  const askedKinds = kindsOf(quoted.length > 0 ? quoted.join(' ') : question);
  const askedIssuers = namedIssuerCount(question);

  const scored: RoutedDocument[] = [];
  for (const entry of candidates(catalogue, asked)) {
    const profile = titleProfile(entry);
    const sameLanguage = profile.language === questionLanguage;
    const title = sameLanguage ? profile.own : profile.translated;
    const issuer = profile.issuers;
    const wanted = [...title.all, ...title.words];
    if (wanted.length === 0) continue;
    let matched = 0;
    for (const c of wanted) if (asked.all.has(c) || asked.words.has(c)) matched++;
    // Concepts are weighed equally; the title's distinctive words count once together, so a long
    // Chinese title's many bigrams cannot outweigh its topic.
    const wordShare =
      title.words.size > 0
        ? [...title.words].filter((w) => asked.words.has(w)).length / title.words.size
        : null;
    const conceptShare =
      title.all.size > 0
        ? [...title.all].filter((c) => asked.all.has(c)).length / title.all.size
        : null;
    const parts = [conceptShare, wordShare].filter((x): x is number => x !== null);
    // A title is named by what it is about, not by its region alone ("广东…方案" is not every Guangdong plan).
    const topical =
      [...title.all].filter((c) => !c.startsWith('r:') && asked.all.has(c)).length +
      [...title.words].filter((w) => asked.words.has(w)).length;
    if (matched === 0 || parts.length === 0 || topical === 0) continue;
    let score = parts.reduce((a, b) => a + b, 0) / parts.length;
    const kinds = profile.kinds;
    if (askedKinds.length > 0 && askedKinds.some((k) => kinds.includes(k)))
      score += weights.kindBonus;
    // The same document in two languages: the question's language is the one to quote.
    if (sameLanguage) score += weights.sameLanguage;
    if (issuer.some((id) => asked.all.has(`i:${id}`))) score += weights.issuerBonus;
    if (askedIssuers !== null && profile.issuerCount === askedIssuers) score += weights.issuerBonus;
    // A region the question names that the title's document is not from rules it out.
    const askedRegions = [...asked.all].filter((c) => c.startsWith('r:'));
    if (
      askedRegions.length > 0 &&
      !askedRegions.includes(`r:${entry.region}`) &&
      entry.region !== 'National'
    )
      score -= weights.regionMismatch;
    scored.push({ id: entry.id, score: Math.min(1, score), by: 'title' });
  }
  scored.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  const best = scored[0];
  if (!best || best.score < weights.minTitleScore) return [];
  return scored.filter((s) => s.score >= best.score - weights.tie).slice(0, weights.maxDocuments);
}

interface TitleProfile {
  language: 'en' | 'zh';
  /** Concepts for a question in the title's language (its own words count) and in the other (its translation does). */
  own: Concepts;
  translated: Concepts;
  issuers: string[];
  issuerCount: number | null;
  kinds: string[];
}

// A title's concepts are computed once per catalogue entry, not once per question: the catalogue
// is cached by the asker and reloaded only when documents change (entries are then new objects).
const PROFILES = new WeakMap<CatalogueEntry, TitleProfile>();

function titleProfile(entry: CatalogueEntry): TitleProfile {
  let profile = PROFILES.get(entry);
  if (!profile) {
    const language = detectLanguage(entry.title);
    profile = {
      language,
      own: concepts(entry.title, true),
      translated: concepts(entry.title, false, language),
      issuers: entry.issuer ? findIssuers(entry.issuer) : [],
      issuerCount: entry.issuer ? issuerCount(entry.issuer) : null,
      kinds: kindsOf(entry.title),
    };
    PROFILES.set(entry, profile);
  }
  return profile;
}

// Per catalogue: concept → entries whose title has it (own words or translation), so a question
// only scores the documents it shares a concept with.
const INDEXES = new WeakMap<readonly CatalogueEntry[], Map<string, CatalogueEntry[]>>();

function candidates(catalogue: readonly CatalogueEntry[], asked: Concepts): Set<CatalogueEntry> {
  let index = INDEXES.get(catalogue);
  if (!index) {
    index = new Map();
    for (const entry of catalogue) {
      const profile = titleProfile(entry);
      for (const concept of new Set([
        ...profile.own.all,
        ...profile.own.words,
        ...profile.translated.words,
      ])) {
        const list = index.get(concept);
        if (list) list.push(entry);
        else index.set(concept, [entry]);
      }
    }
    INDEXES.set(catalogue, index);
  }
  const found = new Set<CatalogueEntry>();
  for (const concept of [...asked.all, ...asked.words])
    for (const entry of index.get(concept) ?? []) found.add(entry);
  return found;
}

/** Issuing bodies listed in an issuer field ("国家发展改革委 国家能源局 财政部", "NDRC, NEA and MOF"). */
function issuerCount(issuer: string): number {
  const named = findIssuers(issuer).length;
  return named > 0 ? named : issuer.split(/[,，、;；]| and /).filter((part) => part.trim()).length;
}
