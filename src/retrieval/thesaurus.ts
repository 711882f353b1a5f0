/**
 * Bilingual domain thesaurus: groups of English and Chinese ways of saying the same thing
 * ("energy intensity" = "单位GDP能耗" = "能耗强度"). The retriever appends the other wordings of
 * what a question mentions, so an English question finds Chinese passages and the reverse, and
 * a user's paraphrase finds the document's official phrase.
 *
 * Matching works on a light token stream rather than raw substrings:
 * - Latin words are lower-cased and de-pluralised ("NEVs" = "NEV", "batteries" = "battery"),
 *   and words joined by spaces, hyphens, "+" or "/" match each other ("non fossil" =
 *   "non-fossil"); so English terms only ever match on word boundaries.
 * - Every Chinese character is one token, so Chinese terms match as substrings, but never
 *   across punctuation ("碳达峰、碳中和" is two mentions, not "碳达峰碳中和").
 * - Where matches overlap the longest wins ("单位国内生产总值二氧化碳排放" is carbon intensity,
 *   not GDP plus CO2 emissions; "新能源汽车" is vehicles, not "新能源").
 */
import data from './thesaurus.json' with { type: 'json' };
import { CJK_RANGE, countCjk, isCjkOnly } from '../text/cjk.ts';

export type Sector =
  | 'energy'
  | 'industry'
  | 'transport'
  | 'buildings'
  | 'agriculture'
  | 'finance'
  | 'circular-economy'
  | 'forestry'
  | 'power'
  | 'carbon-market'
  | 'methane'
  | 'hydrogen'
  | 'consumer';

export interface TermGroup {
  /** Stable kebab-case id, e.g. "non-fossil-energy". */
  id: string;
  /** English wordings, most canonical first. Never empty. */
  en: string[];
  /** Chinese wordings, most canonical first. Never empty. */
  zh: string[];
  sector?: Sector;
}

/** One mention of a term in a text; offsets are into `text.normalize('NFKC')`. */
export interface TermMatch {
  group: TermGroup;
  /** The thesaurus term that matched (as written in the thesaurus). */
  term: string;
  start: number;
  end: number;
}

export const TERM_GROUPS: readonly TermGroup[] = data as TermGroup[];

interface Token {
  key: string;
  start: number;
  end: number;
  /** Separated from the previous token only by space, a hyphen, "+", "/", "·" or a bare "." */
  joined: boolean;
}

// English modifiers a phrase may carry between its words without naming something else.
const INNER_MODIFIERS: ReadonlySet<string> = new Set([
  'the',
  'regional',
  'provincial',
  'municipal',
  'national',
  'local',
  'whole',
  'entire',
]);

const TOKEN_RE = new RegExp(`[${CJK_RANGE}]|[\\p{Script=Latin}\\p{N}]+`, 'gu');
const JOINING_GAP = /^(?:\s*[-‐‑–+/·]?\s*|\.)$/;

/**
 * Plural folding, applied identically to terms and text, so it only has to be consistent, not
 * linguistically right. Short words ending in "us"/"is"/"as"/"ss" (bus, CCUS, gas) are kept.
 */
function stem(word: string): string {
  if (word.length <= 2) return word;
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(?:[sxz]|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(?:ss|us|is|as)$/.test(word)) return word.slice(0, -1);
  return word;
}

function tokenize(input: string): Token[] {
  const text = input.normalize('NFKC');
  const tokens: Token[] = [];
  let previousEnd = -1;
  for (const match of text.matchAll(TOKEN_RE)) {
    const start = match.index;
    const end = start + match[0].length;
    // Possessive "Anhui's": drop the "s" so it cannot break a phrase or count as a word.
    if (match[0] === 's' || match[0] === 'S') {
      const before = text[start - 1];
      if (before === "'" || before === '’') continue;
    }
    const raw = match[0].toLowerCase();
    const key = isCjkOnly(raw) ? raw : stem(raw);
    const joined = previousEnd >= 0 && JOINING_GAP.test(text.slice(previousEnd, start));
    tokens.push({ key, start, end, joined });
    previousEnd = end;
  }
  return tokens;
}

interface TrieNode {
  children: Map<string, TrieNode>;
  /** The term ending at this node, if any (first one wins; the tests forbid duplicates). */
  entry?: { group: TermGroup; term: string };
}

const newNode = (): TrieNode => ({ children: new Map() });

const TRIE = (() => {
  const root = newNode();
  for (const group of TERM_GROUPS) {
    for (const term of [...group.en, ...group.zh]) {
      let node = root;
      for (const token of tokenize(term)) {
        let child = node.children.get(token.key);
        if (!child) node.children.set(token.key, (child = newNode()));
        node = child;
      }
      if (node !== root && !node.entry) node.entry = { group, term };
    }
  }
  return root;
})();

/** The token keys of a term, joined by spaces; exported for the thesaurus's own tests. */
export function termKey(term: string): string {
  return tokenize(term)
    .map((token) => token.key)
    .join(' ');
}

/**
 * Every non-overlapping term mention in the text, in text order. Where candidate mentions
 * overlap, the longer one (in characters) wins, then the earlier one.
 */
export function matchTerms(text: string): TermMatch[] {
  const tokens = tokenize(text);
  const candidates: { first: number; last: number; length: number; match: TermMatch }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let node: TrieNode | undefined = TRIE;
    for (let j = i; j < tokens.length; j++) {
      if (j > i && !tokens[j].joined) break;
      const next: TrieNode | undefined = node.children.get(tokens[j].key);
      // A modifier inside a phrase ("per unit of regional GDP") does not change what it names.
      if (!next && j > i && INNER_MODIFIERS.has(tokens[j].key)) continue;
      node = next;
      if (!node) break;
      if (node.entry) {
        const start = tokens[i].start;
        const end = tokens[j].end;
        candidates.push({
          first: i,
          last: j,
          length: end - start,
          match: { ...node.entry, start, end },
        });
      }
    }
  }
  candidates.sort((a, b) => b.length - a.length || a.first - b.first);
  const taken = new Uint8Array(tokens.length);
  const chosen: TermMatch[] = [];
  for (const candidate of candidates) {
    let free = true;
    for (let k = candidate.first; k <= candidate.last && free; k++) free = taken[k] === 0;
    if (!free) continue;
    taken.fill(1, candidate.first, candidate.last + 1);
    chosen.push(candidate.match);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/**
 * Groups that name the kind of document or the act of setting a target ("action plan", "目标"),
 * not what a question is about: comparisons, answer scoring and follow-up detection discount them.
 */
export const GENERIC_GROUPS: ReadonlySet<string> = new Set([
  'target',
  'action-plan',
  'notice',
  'five-year-plan',
  'fourteenth-five-year-plan',
]);

/**
 * Every group any term of the text belongs to, overlapping mentions included ("碳达峰实施方案" is
 * the carbon-peaking action plan and carbon peaking): for comparing titles whose words come in
 * another order ("Implementation Plan for Carbon Peaking").
 */
export function findAllTermGroups(text: string): TermGroup[] {
  const tokens = tokenize(text);
  const groups: TermGroup[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let node: TrieNode | undefined = TRIE;
    for (let j = i; j < tokens.length; j++) {
      if (j > i && !tokens[j].joined) break;
      const next: TrieNode | undefined = node.children.get(tokens[j].key);
      if (!next && j > i && INNER_MODIFIERS.has(tokens[j].key)) continue;
      node = next;
      if (!node) break;
      if (node.entry && !groups.includes(node.entry.group)) groups.push(node.entry.group);
    }
  }
  return groups;
}

/** Groups with at least one term in the text, in order of first mention, without duplicates. */
export function findTermGroups(text: string): TermGroup[] {
  const groups: TermGroup[] = [];
  for (const { group } of matchTerms(text)) if (!groups.includes(group)) groups.push(group);
  return groups;
}

/** Sectors of the groups the text mentions, in order of first mention, without duplicates. */
export function detectSectors(text: string): Sector[] {
  const sectors: Sector[] = [];
  for (const { group } of matchTerms(text)) {
    if (group.sector && !sectors.includes(group.sector)) sectors.push(group.sector);
  }
  return sectors;
}

const DEFAULT_EXPANSION_LIMIT = 24;

/**
 * Query expansion for retrieval. `expansions` holds the other wordings (both languages) of every
 * group the text mentions, leaving out wordings already in the text, de-duplicated, at most
 * `limit` (default 24). Order: groups whose mention is longest (most specific) first, and the
 * groups take turns so that one large group cannot crowd out the others; within a group the
 * other language than the question's comes first, canonical wordings before variants.
 */
export function expandQuery(
  text: string,
  options: { limit?: number } = {},
): { groups: TermGroup[]; expansions: string[] } {
  const limit = options.limit ?? DEFAULT_EXPANSION_LIMIT;
  const matches = matchTerms(text);
  const specificity = new Map<TermGroup, number>();
  for (const { group, start, end } of matches)
    specificity.set(group, Math.max(specificity.get(group) ?? 0, end - start));
  const groups = [...specificity.keys()];
  const ranked = [...groups].sort((a, b) => (specificity.get(b) ?? 0) - (specificity.get(a) ?? 0));

  const questionIsChinese = countCjk(text) * 2 > text.replace(/\s/g, '').length;
  const present = ` ${tokenize(text)
    .map((token) => token.key)
    .join(' ')} `;
  const seen = new Set<string>();
  const queues = ranked.map((group) => {
    const [first, second] = questionIsChinese ? [group.en, group.zh] : [group.zh, group.en];
    const ordered: string[] = [];
    for (let i = 0; i < Math.max(first.length, second.length); i++) {
      if (i < first.length) ordered.push(first[i]);
      if (i < second.length) ordered.push(second[i]);
    }
    return ordered.filter((term) => {
      const key = termKey(term);
      if (present.includes(` ${key} `) || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  });

  const expansions: string[] = [];
  for (
    let round = 0;
    expansions.length < limit && queues.some((queue) => round < queue.length);
    round++
  ) {
    for (const queue of queues) {
      if (round < queue.length && expansions.length < limit) expansions.push(queue[round]);
    }
  }
  return { groups, expansions };
}

// Words that only join the words of a wording ("share of coal"): not needed to say it in other order.
const JOINING_WORDS: ReadonlySet<string> = new Set([
  'of',
  'the',
  'in',
  'and',
  'a',
  'an',
  'to',
  'for',
  'on',
]);
const WORDINGS = new Map<string, string[][]>();

/** The English wordings of a group with two or more words, as sets of token keys. */
function wordSets(id: string): string[][] {
  let sets = WORDINGS.get(id);
  if (!sets) {
    const group = TERM_GROUPS.find((g) => g.id === id);
    sets = (group?.en ?? [])
      .map((term) =>
        tokenize(term)
          .map((t) => t.key)
          .filter((k) => !JOINING_WORDS.has(k)),
      )
      .filter((keys) => keys.length >= 2);
    WORDINGS.set(id, sets);
  }
  return sets;
}

/**
 * Whether an English text says a group in other words order: every word of one of its wordings
 * ("coal consumption" in "the share of coal in energy consumption"), as the thesaurus folds them.
 */
export function saidInOtherOrder(id: string, text: string): boolean {
  const sets = wordSets(id);
  if (sets.length === 0) return false;
  const keys = tokenKeys(text);
  return sets.some((words) => words.every((w) => keys.has(w)));
}

/**
 * The last text's token keys: callers ask about many groups of one sentence in a row (every side
 * of every contrast), and tokenizing it each time was a third of an answer's CPU.
 */
let lastKeys: { text: string; keys: ReadonlySet<string> } | null = null;
function tokenKeys(text: string): ReadonlySet<string> {
  if (lastKeys?.text !== text) lastKeys = { text, keys: new Set(tokenize(text).map((t) => t.key)) };
  return lastKeys.keys;
}
