import type { QueryAnalysis } from '../retrieval/query-analysis.ts';
import { GENERIC_GROUPS, matchTerms } from '../retrieval/thesaurus.ts';
import { contrastSides } from '../retrieval/contrasts.ts';
import { lexicalTokens } from '../text/tokens.ts';
import { regionByName } from '../text/regions.ts';
import { isCjkOnly } from '../text/cjk.ts';
import { escapeRegExp } from '../text/regexp.ts';
import { QUESTION_WORDS } from '../text/stopwords.ts';
import type { AnswerWeights } from '../weights.ts';

function weightOf(token: string, weights: AnswerWeights): number {
  if (isCjkOnly(token)) return token.length === 1 ? weights.cjkUnigram : weights.cjkBigram;
  if (/^\d/.test(token)) return weights.number;
  return 1;
}

// Groups weighed lightly in answer scoring: the generic ones, and "subsidy" too: most trade-in sentences name one.
export const LIGHT_GROUPS: ReadonlySet<string> = new Set([...GENERIC_GROUPS, 'subsidy']);

/**
 * What a question asks about, as concepts a sentence can cover in either language: thesaurus
 * groups (any wording, English or Chinese, covers them), the regions it names (covered by a
 * passage from that region or a sentence naming it), and its remaining words and numbers.
 */
export interface Concepts {
  groups: { id: string; weight: number }[];
  regions: string[];
  tokens: Map<string, number>;
  /**
   * What the question is about beyond where and when, as cover keys: its specific topics
   * (g:<group>) and its remaining content words (t:<token>; not numbers, not single characters).
   */
  topical: string[];
  /** The topics a sentence must say to be on topic (see `askedTopics`), as g:<group> keys. */
  named: string[];
  /** Sides of contrast sets the question names. */
  sides: Set<string>;
}

export function questionConcepts(analysis: QueryAnalysis, weights: AnswerWeights): Concepts {
  const matches = matchTerms(analysis.text);
  let residual = analysis.text;
  for (const m of [...matches].sort((a, b) => b.start - a.start))
    residual = residual.slice(0, m.start) + ' ' + residual.slice(m.end);
  for (const name of analysis.regions) {
    const region = regionByName(name);
    for (const alias of region
      ? [region.zh, region.name, ...region.aliases].sort((a, b) => b.length - a.length)
      : [name]) {
      residual = residual.split(alias).join(' ');
      residual = residual.replace(new RegExp(escapeRegExp(alias), 'gi'), ' ');
    }
  }
  const groups = Array.from(
    new Map(
      matches.map((m) => [
        m.group.id,
        {
          id: m.group.id,
          weight: LIGHT_GROUPS.has(m.group.id) ? weights.genericGroup : weights.group,
        },
      ]),
    ).values(),
  );
  const tokens = new Map<string, number>();
  for (const token of lexicalTokens(residual))
    if (!QUESTION_WORDS.has(token)) tokens.set(token, weightOf(token, weights));
  const topical = [
    ...groups.filter((g) => !LIGHT_GROUPS.has(g.id)).map((g) => 'g:' + g.id),
    ...[...tokens.keys()]
      .filter((t) => !/^\d/.test(t) && !(t.length === 1 && isCjkOnly(t)))
      .map((t) => 't:' + t),
  ];
  return {
    groups,
    regions: analysis.regions,
    tokens,
    topical,
    named: askedTopics(analysis.text, topical),
    sides: contrastSides(analysis.text),
  };
}

// Topics that measure another ("wind power installed capacity"): the topic before them is the one asked about.
export const MEASURE_GROUPS: ReadonlySet<string> = new Set([
  'installed-capacity',
  'power-generation',
  'electricity-consumption',
  'energy-consumption',
  'binding-targets',
  'expected-targets',
  'pilot-projects',
  'assessment',
]);

/**
 * Topics that only modify the next one in a compound of the question ("EV" in "public EV charging
 * points"): a sentence naming them alone is about something else. A topic also named on its
 * own elsewhere in the question stays asked.
 */
function compoundModifiers(question: string): Set<string> {
  const matches = matchTerms(question)
    .filter((m) => !LIGHT_GROUPS.has(m.group.id))
    .sort((a, b) => a.start - b.start);
  const modifiers = new Set<string>();
  const heads = new Set<string>();
  matches.forEach((m, i) => {
    const next = matches[i + 1];
    const joined =
      next &&
      next.group.id !== m.group.id &&
      !MEASURE_GROUPS.has(next.group.id) &&
      /^[\s\-‐的]*$/.test(question.slice(m.end, next.start));
    (joined ? modifiers : heads).add(m.group.id);
  });
  for (const id of heads) modifiers.delete(id);
  return modifiers;
}

/**
 * The topics a sentence must say: the question's thesaurus topics, but not a compound's modifier
 * ("EV" in "EV charging points", "新能源汽车充电桩": the last topic is what is asked about), nor a
 * measure ("installed capacity", "装机") when the question names something it measures.
 */
function askedTopics(question: string, topical: string[]): string[] {
  const modifiers = compoundModifiers(question);
  const things = topical.filter(
    (key) =>
      key.startsWith('g:') && !modifiers.has(key.slice(2)) && !MEASURE_GROUPS.has(key.slice(2)),
  );
  return things.length > 0 ? things : topical.filter((key) => key.startsWith('g:'));
}
