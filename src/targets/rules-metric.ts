/**
 * The `metric` of a rule-extracted target: a short description of what is measured, made from
 * the words of the sentence around the number, in the sentence's language, at most 80 chars.
 */
import { englishPredicateStart } from './rules-lexicon.ts';

export const METRIC_MAX = 80;

export interface MetricInput {
  /** Clause text before the marker phrase (from the clause start or the previous number). */
  pre: string;
  /** Clause text after the number, other numbers removed. */
  after: string;
  /** Counted-noun phrase written with the number ("passenger vehicles"), if any. */
  unitPhrase: string | null;
  /** Noun carried by the marker ("a maximum subsidy of" → "subsidy"). */
  markerNoun: string | null;
  zh: boolean;
  /** The target before this one in the same clause or sentence, if any. */
  previous: { metric: string; predicate: string | null } | null;
  /** English subject of the sentence's first clause ("V2G projects involved in the pilot"). */
  sentenceSubject?: string | null;
  /** The whole sentence, for last-resort context ("…补贴…，最高不超过1.6万元"). */
  sentence?: string;
}

export interface MetricResult {
  metric: string;
  /** The verb phrase a following coordinated number may reuse ("retire and replace"). */
  predicate: string | null;
}

export function deriveMetric(input: MetricInput): MetricResult | null {
  return input.zh ? chineseMetric(input) : englishMetric(input);
}

// ---- English ------------------------------------------------------------------------------

const LEAD_RE = new RegExp(
  '^(?:(?:by|in|before|until|through|from|during)\\s+(?:the\\s+end\\s+of\\s+)?\\d{4}(?:\\s*(?:and|,|to)\\s*\\d{4})*|' +
    'annually|each year|every year|meanwhile|also|in addition|furthermore|moreover|additionally|of which|among them|specifically|' +
    'including|with|while|whereas|where|and|but|or|then|as well as|to|that|(?:it|the \\w+) proposes? that|proposes? that|' +
    '(?:strive|strives|striving|aim|aims|aiming|endeavou?r) (?:to|for)|a total of|in total|for|of)\\b[\\s,:]*',
  'i',
);
const PRONOUN_RE =
  /^(?:it|they|this|these|we|he|she|(?:the )?(?:plan|notice|opinions|province|municipality|city|region|government|country|state))$/i;
const IMPERATIVE_RE =
  /^(?:replace|retire|trade|upgrade|renew|arrange|provide|build|construct|install|add|promote|support|develop|deploy|achieve|complete|ensure|establish|create|retrofit|plant|eliminate|phase|accelerate|sell|purchase|buy|invest|allocate|issue|launch|implement|expand|improve|adopt|encourage|cultivate|train|recycle|treat|carry|set|raise|reduce|cut|lower|increase|decrease|reach|exceed|scrap|subsidi[sz]e|grant|award|offer|fund|finance|include|cover)\b/i;
const COPULA_RE =
  /^(?:be|is|are|remain|remains|reach|reaches|account for|make up|total|amount to|have|has|exceed|surpass)\b/i;
const COUNTED_GENERIC_RE = /^(?:units?|sets?)$/i;
const BARE_COPULA_RE =
  /^(?:reach|reaches|exceed|exceeds|surpass|surpasses|total|totals|amount to|remain at|be)$/i;
const CONTINUATION_RE =
  /^(?:(?:and\s+)?(?:rising|rises|rise|increasing|increases|growing|grows|falling|falls|dropping|reaching|further)(?:\s+(?:to|by))?)$/i;
/** Issuers are not what is measured: "Shanxi and Anhui capped their subsidy" → "subsidy". */
const ISSUER_RE =
  /^(?:(?:the|these|those|all|each|local)\s+)?(?:(?:[A-Z][a-z]+(?:\s+(?:Province|Municipality|City|Autonomous Region))?|provinces?|municipalit(?:y|ies)|governments?|departments?|ministr(?:y|ies)|regions?|authorities|localities|NDRC|China)(?:\s*,\s*|\s+and\s+|$))+$/;

function englishMetric(input: MetricInput): MetricResult | null {
  const preRaw = cleanEnglish(input.pre);
  // "…, 30% of Y", "… and 30% of Y", "… and for 30% of Y": the next item of a list.
  const continues =
    /(?:,|\band|\bor)(?:\s+(?:for|of|to))?\s*$/i.test(preRaw) && input.previous !== null;
  const pre = continues ? '' : stripLead(preRaw);
  const after = cleanEnglish(input.after);
  const infinitive = /\bto\s+((?:[a-z]+)(?:\s+(?:in|out|up|down|off))?)$/.exec(pre);
  let subject: string;
  let predicateRaw: string;
  // "aims to install 30 GW": the infinitive names the measure; "shall strive to reach 50%" does not.
  if (infinitive && !/^to\b/.test(pre) && !COPULA_RE.test(infinitive[1]!)) {
    subject = '';
    predicateRaw = infinitive[1]!;
  } else {
    const predStart = englishPredicateStart(pre);
    const imperative = IMPERATIVE_RE.test(pre) || /^[a-z]+ing\b/.test(pre);
    subject = predStart >= 0 ? pre.slice(0, predStart) : imperative ? '' : pre;
    predicateRaw = predStart >= 0 ? pre.slice(predStart) : imperative ? pre : '';
  }
  // The issuer ("Shanghai will install …", "Shanxi and Anhui capped …") is not what is measured.
  if (ISSUER_RE.test(subject.trim().replace(/^(?:the|a|an)\s+/i, ''))) subject = '';
  subject = tidyPhrase(subject);
  if (PRONOUN_RE.test(subject)) subject = '';
  predicateRaw = predicateRaw
    // Whole words only: "issued" must not lose its "is" ("rules: sued for key products").
    .replace(
      /^(?:(?:will|shall|should|must|would|can|could|may|is|are|be|to|also|both|all|each|respectively|in principle)\b\s*|,\s*)+/i,
      '',
    )
    .replace(/\s+(?:about|around|approximately|over|more than)\s*$/i, '')
    .trim();
  const predicate = tidyPhrase(predicateRaw);

  const counted =
    input.unitPhrase && !COUNTED_GENERIC_RE.test(input.unitPhrase) ? input.unitPhrase : null;
  const ofNoun = counted
    ? null
    : (nounBeforeOf(predicateRaw) ?? (predicateRaw ? null : nounBeforeOf(` ${pre}`)));
  // "a goal of 30 GW of offshore wind": the goal is what follows the number.
  const goalOf =
    ofNoun && /^(?:goal|target|objective|aim)s?$/i.test(ofNoun) && /^of\s+/i.test(after)
      ? firstNounPhrase(after.replace(/^of\s+/i, ''))
      : '';
  const core = input.markerNoun ? tidyPhrase(input.markerNoun) : goalOf || ofNoun;
  const tail = tailPhrase(after);
  if (ofNoun && !predicateRaw) subject = '';
  if (core) {
    const candidate =
      subject &&
      subject.length <= 40 &&
      !/\b(?:who|which|that)\b/i.test(subject) &&
      !IMPERATIVE_RE.test(subject)
        ? subject
        : input.sentenceSubject;
    const owner =
      candidate && candidate !== core && !ISSUER_RE.test(candidate.trim())
        ? ` of ${tidyPhrase(candidate)}`
        : '';
    return result(`${core}${owner}${tail}`, null);
  }
  const object = counted ?? (firstNounPhrase(after.replace(/^(?:of|in|for|on)\s+/i, '')) || null);
  if (subject) {
    if (counted && predicate && !COPULA_RE.test(predicate))
      return result(`${subject}: ${predicateRaw} ${counted}`, `${subject}: ${predicateRaw}`);
    const share =
      /\b(?:account(?:s|ing)? for|make up)\b/i.test(predicateRaw) && /^of\s+/i.test(after)
        ? ` share of ${firstNounPhrase(after.replace(/^of\s+/i, ''))}`
        : '';
    return result(`${subject}${share}${share ? '' : forTail(after)}`, null);
  }
  // "By 2025, the recycling of nine categories of resources, including …, shall reach 450 Mt": a
  // bare copula measures the sentence's subject, which a list inside it kept from the window.
  if (!object && BARE_COPULA_RE.test(predicateRaw) && !input.previous) {
    const lead = leadingSubject(input.sentence ?? '');
    if (lead) return result(lead, null);
  }
  // ", rising to about 4.5 billion tonnes by 2030": a bare change verb continues the figure before it.
  if (input.previous && CONTINUATION_RE.test(predicateRaw) && !object)
    return { metric: input.previous.metric, predicate: input.previous.predicate };
  if (predicateRaw) return result(`${predicateRaw}${object ? ` ${object}` : ''}`, predicateRaw);
  if (input.previous?.predicate && counted)
    return result(`${input.previous.predicate} ${counted}`, input.previous.predicate);
  // The number leads the clause: "over 60% of charging …", "20 million square meters of buildings will be constructed".
  if (/^of\s+/i.test(after) || !input.previous) {
    const described = tidyPhrase(
      after
        .replace(/^(?:of|in|for)\s+/i, '')
        .replace(/\s+(?:will|shall|should|must|is|are) be (\w+ed)\b/i, ' $1')
        .replace(/,?\s*respectively\.?$/i, ''),
    );
    // "… account for 50% of X and for 30% of Y": Y is a share of the same thing as X.
    const shareOf = /^(.+ share) of .+$/.exec(input.previous?.metric ?? '');
    if (described && shareOf && /^of\s+/i.test(after))
      return result(`${shareOf[1]} of ${described}`, null);
    if (described) return result(described, null);
  }
  return input.previous
    ? { metric: input.previous.metric, predicate: input.previous.predicate }
    : null;
}

/** The subject a sentence opens with, up to its first comma or modal ("the recycling of nine major categories of renewable resources"). */
function leadingSubject(sentence: string): string {
  const body = stripLead(cleanEnglish(sentence).replace(/^[\s,;:]+/, ''));
  const head = tidyPhrase(body.split(/[,;:]|\s+(?:will|shall|should|must|is|are)\b/i)[0] ?? '');
  return head.length > 0 && head.length <= 80 && !IMPERATIVE_RE.test(head) && !PRONOUN_RE.test(head)
    ? head
    : '';
}

export function cleanEnglish(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__|\*/g, '')
    .replace(/\(([^()]*)\)/g, (whole, inner: string) =>
      inner.length > 20 || inner.includes(',') ? '' : whole,
    )
    .replace(
      /\b(?:in|of) (?:the )?[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:Province|Municipality|Autonomous Region|City)\b/g,
      '',
    )
    .replace(
      /\b(?:compared (?:with|to)|relative to|versus|than|from|by|in|before|until|through|during|as of)\s+(?:the\s+)?(?:end\s+of\s+)?(?:level\s+of\s+)?(?:19|20)\d{2}(?:\s*(?:and|,|to)\s*(?:19|20)\d{2})*(?:\s+levels?)?/gi,
      '',
    )
    .replace(/\s+/g, ' ')
    .trim();
}

function stripLead(text: string): string {
  let previous: string;
  let current = text;
  do {
    previous = current;
    current = current.replace(LEAD_RE, '').trim();
  } while (current !== previous);
  return current;
}

function tidyPhrase(text: string): string {
  let out = text
    .replace(/^[\s,;:.–—-]+|[\s,;:.–—-]+$/g, '')
    .replace(/^(?:the|a|an|its|their|our|this|these|all|both)\s+/i, '')
    .replace(
      /^(?:(?:the )?(?:municipality|province|city|region|country|nation|China|[A-Z][a-z]+)'s)\s+/,
      '',
    )
    .replace(
      /(?<!\btrade)(?:\s+(?:the|a|an|of|at|to|by|in|for|with|and|both|all|each|respectively|will|be|is|are))+$/i,
      '',
    )
    .replace(/[\s,;:.]+$/, '')
    .replace(/^(?:the|a|an|its|their)$/i, '')
    .trim();
  // A capital that only marks the start of the sentence is dropped ("Planned capacity" → "planned capacity").
  if (/^[A-Z][a-z]/.test(out)) out = out[0]!.toLowerCase() + out.slice(1);
  return out;
}

/** "receive a subsidy of" → "subsidy"; "have a PUE" → "PUE"; "an annual discharge volume of" → "annual discharge volume". */
function nounBeforeOf(predicate: string): string | null {
  const m =
    /(?:^|\s)(?:a|an|the|its|their)\s+((?:(?!(?:a|an|the)\s)[\w-]+\s+){0,3}[\w-]+)\s+(?:of|ranging from|between|at)$/i.exec(
      predicate,
    ) ?? /^(?:have|has|with)\s+(?:a|an)\s+((?:[\w-]+\s+){0,2}[\w-]+)$/i.exec(predicate);
  return m ? tidyPhrase(m[1]!) : null;
}

/** "per project", "for replacing fuel vehicles" — what a subsidy or limit applies to. */
function tailPhrase(after: string): string {
  const m =
    /^(?:\s*(?:yuan|RMB)\b)?\s*(?:(?:to|-|至)\s*)?(?:(?:is|are|will be) (?:available|provided|granted|given|offered)\s+)?((?:per|for|of each)\s+[^,;.]+)/i.exec(
      after,
    );
  return m ? ` ${tidyPhrase(m[1]!.replace(/\s+(?:is|are|will)\b.*$/i, ''))}` : '';
}

/** "… growth of 5% for electric bicycle retailers": keep who the rate applies to. */
function forTail(after: string): string {
  const m = /^\s*((?:for|per)\s+[^,;.()]+)/i.exec(after);
  return m ? ` ${tidyPhrase(m[1]!)}` : '';
}

function firstNounPhrase(text: string): string {
  // "… capacity and for 30% of its generation" (numbers removed: "and for of its"): a coordinated
  // prepositional phrase starts the next item.
  const head =
    text.split(
      /\s+(?:will|shall|should|must|is|are|by|from|compared|while|with)\b|[,;.]|\s+(?:and|or)\s+(?:over|more than|about|around|approximately|nearly|at least|no less than|up to|for|of|to)\b/i,
    )[0] ?? '';
  return tidyPhrase(head);
}

function result(metric: string, predicate: string | null): MetricResult | null {
  let clean = metric.replace(/\s+/g, ' ').trim();
  if (/^[A-Z][a-z]/.test(clean)) clean = clean[0]!.toLowerCase() + clean.slice(1);
  if (clean === '') return null;
  return { metric: truncate(clean, false), predicate };
}

// ---- Chinese ------------------------------------------------------------------------------

const ZH_LEAD_RE =
  /^(?:其中|同时|并且|并|且|另外|此外|全省|全市|全国|全区|全县|我省|我市|本市|本省|各地|力争|争取|确保|实现|使|推动|努力|基本|进一步|稳步|有序|逐步|持续|将|要|按照|依照|按)+/;
const ZH_TRAIL_RE =
  /(?:要|将|应当|应|须|需要|需|力争|争取|分别|(?<!年)均|都|预计|确保|努力|计划|的|达|累计达|总计|共计)+$/;
const ZH_SUBSIDY_RE = /补贴|奖励|补助|资助/;

function chineseMetric(input: MetricInput): MetricResult | null {
  const pre = cleanChinese(input.pre).replace(ZH_LEAD_RE, '').replace(ZH_TRAIL_RE, '');
  const granted = /^(?:的)?(?:给予|予以)(\S{0,4}?(?:补贴|奖励|补助|资助))/.exec(
    cleanChinese(input.after),
  );
  const noun = input.markerNoun ?? (granted ? granted[1]! : '');
  if (pre.length >= 2 || (pre && noun))
    return { metric: truncate(`${pre}${noun}`, true), predicate: null };
  if (noun) return { metric: truncate(noun, true), predicate: null };
  // "最高不超过1.6万元" after a subsidy rule: the cap is on the subsidy.
  const subsidy = input.sentence ? ZH_SUBSIDY_RE.exec(input.sentence) : null;
  if (subsidy && /^(?:最高|最多|上限|封顶)?$/.test(pre))
    return { metric: subsidy[0], predicate: null };
  if (input.previous) return { metric: input.previous.metric, predicate: null };
  const after = cleanChinese(input.after)
    .replace(/^(?:的|以上|左右|以内|以下)+/, '')
    .replace(ZH_TRAIL_RE, '');
  return after.length >= 2 ? { metric: truncate(after, true), predicate: null } : null;
}

export function cleanChinese(text: string): string {
  return (
    text
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\*\*|__/g, '')
      .replace(/[(（][^()（）]*[)）]/g, '')
      // "由2020年的15.9%提高到": the starting point is history, not part of the metric.
      .replace(/(?:由|从)\s*(?:19|20)\d{2}\s*年[^,，;；]*$/, '')
      .replace(
        /(?:比|较|相比|相较于?|与|同|对比|在|以)\s*(?:19|20)\d{2}\s*年(?:底|末)?(?:相比|的?水平|为基[准数础]年?|的?基础上)?/g,
        '',
      )
      .replace(/(?:到|至|截至|截止)?\s*(?:19|20)\d{2}\s*年(?:底|末)?(?:前|以前)?(?:的)?/g, '')
      .replace(/[“”"'‘’《》「」]/g, '')
      .replace(/^[\s,，;；:：、。]+|[\s,，;；:：、。]+$/g, '')
      .replace(/\s+/g, '')
  );
}

function truncate(text: string, zh: boolean): string {
  if (text.length <= METRIC_MAX) return text;
  if (zh) return text.slice(0, METRIC_MAX);
  const cut = text.slice(0, METRIC_MAX + 1);
  const space = cut.lastIndexOf(' ');
  return (space > 20 ? cut.slice(0, space) : cut.slice(0, METRIC_MAX)).replace(
    /(?:\s+(?:the|a|an|of|and|for|in|to))+$/i,
    '',
  );
}
