import type { ChatTurn } from '../domain.ts';
import { findRegions, regionByName } from '../text/regions.ts';
import { detectLanguage } from '../text/cjk.ts';
import { findTermGroups, GENERIC_GROUPS } from '../retrieval/thesaurus.ts';

/**
 * Offline condensation of a follow-up into a standalone question. An elliptical follow-up
 * ("And Guangdong?", "What about 2030?", "基准年是哪一年？") inherits the region, metric and year
 * of the previous user turn: a new region or year replaces the old one; anything else is
 * appended to the previous question so retrieval sees both.
 */
const ELLIPTICAL =
  /^(and|what about|how about|same for|and for|and in|also|那|那么|呢|还有|以及)\b|[呢]\s*[?？]?$/i;
// Words that point back at the previous turn: "each of those projects", "该方案", "上述目标".
const ANAPHORA =
  /\b(those|these|that one|it|its|they|their|them|the same|(?:the|this|that) (?:plan|notice|document|measures|opinions|regulations|rules|policy|programme|program))\b|该|这些|这个|这项|这份|此项|上述|其中|本方案|该方案|本通知/i;

/**
 * A follow-up leans on the previous turn: it opens like one ("And…", "What about…", "…呢？"),
 * points back at it ("those projects"), or names no topic of its own ("基准年是哪一年？").
 * A question with its own topic is standalone however short: Chinese questions are short,
 * and "比较江苏和浙江2025年光伏装机目标" after a Shanxi question is a new question.
 */
function isFollowUp(question: string): boolean {
  if (ELLIPTICAL.test(question) || ANAPHORA.test(question)) return true;
  return !findTermGroups(question).some((group) => !GENERIC_GROUPS.has(group.id));
}

export function condenseOffline(question: string, history: ChatTurn[] | undefined): string {
  const previous = [...(history ?? [])]
    .reverse()
    .find((t) => t.role === 'user')
    ?.content?.trim();
  if (!previous) return question;
  const q = question.trim();
  if (!isFollowUp(q)) return question;

  const newRegions = findRegions(q);
  const oldRegions = findRegions(previous);
  const newYears = q.match(/(?<!\d)20\d\d(?!\d)/g) ?? [];
  let standalone = previous;
  let replaced = false;
  if (newRegions.length > 0 && oldRegions.length > 0) {
    for (const old of oldRegions) {
      const region = regionByName(old);
      const names = region ? [region.name, region.zh, ...region.aliases] : [old];
      for (const name of names.sort((a, b) => b.length - a.length)) {
        if (standalone.includes(name)) {
          const target = regionByName(newRegions[0]);
          const replacement = target
            ? detectLanguage(name) === 'zh'
              ? target.zh
              : target.name
            : newRegions[0];
          standalone = standalone.split(name).join(replacement);
          replaced = true;
          break;
        }
      }
    }
  }
  if (newYears.length > 0) {
    const oldYears = previous.match(/(?<!\d)20\d\d(?!\d)/g) ?? [];
    if (oldYears.length > 0) {
      standalone = standalone.replace(oldYears[oldYears.length - 1], newYears[0]!);
      replaced = true;
    }
  }
  if (
    replaced &&
    (newRegions.length > 0 || newYears.length > 0) &&
    q.replace(/[^\p{L}\p{N}]/gu, '').length <= 30
  )
    return standalone;
  return `${standalone} ${q}`;
}
