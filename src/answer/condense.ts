import type { ChatTurn } from './types.ts';
import { findRegions, regionByName } from '../text/regions.ts';
import { detectLanguage } from '../retrieval/query-analysis.ts';

/**
 * Offline condensation of a follow-up into a standalone question. An elliptical follow-up
 * ("And Guangdong?", "What about 2030?", "基准年是哪一年？") inherits the region, metric and year
 * of the previous user turn: a new region or year replaces the old one; anything else is
 * appended to the previous question so retrieval sees both.
 */
const ELLIPTICAL = /^(and|what about|how about|same for|and for|and in|also|那|那么|呢|还有|以及)\b|[呢]\s*[?？]?$|^.{0,24}$/i;

export function condenseOffline(question: string, history: ChatTurn[] | undefined): string {
  const previous = [...(history ?? [])].reverse().find((t) => t.role === 'user')?.content?.trim();
  if (!previous) return question;
  const q = question.trim();
  const isZh = detectLanguage(q) === 'zh';
  const shortQuestion = isZh ? q.replace(/\s/g, '').length <= 16 : q.split(/\s+/).length <= 7;
  if (!ELLIPTICAL.test(q) && !shortQuestion) return question;

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
          const replacement = target ? (detectLanguage(name) === 'zh' ? target.zh : target.name) : newRegions[0];
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
  if (replaced && (newRegions.length > 0 || newYears.length > 0) && q.replace(/[^\p{L}\p{N}]/gu, '').length <= 30) return standalone;
  return `${standalone} ${q}`;
}
