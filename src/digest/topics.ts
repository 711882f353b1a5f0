import type { PeriodDocument } from '../store.ts';

/**
 * The topic a subnational document is grouped under in the digest ("Six provincial regions
 * issued implementation plans on equipment renewal and consumer-goods trade-ins"), read from
 * its title; a title that names none of these falls back to the document's first sector.
 */
const TOPICS: { key: string; en: string; pattern: RegExp }[] = [
  {
    key: 'trade-in',
    en: 'equipment renewal and consumer-goods trade-ins',
    pattern: /trade-in|以旧换新|置换更新|scrappage|equipment renewal|设备更新/i,
  },
  {
    key: 'energy-conservation',
    en: 'energy conservation and carbon reduction',
    pattern: /energy conservation|energy saving|节能降碳|节能/i,
  },
  {
    key: 'green-transition',
    en: 'the green, low-carbon transition',
    pattern: /green(?:,| and)? low-carbon transition|绿色低碳转型/i,
  },
  {
    key: 'waste',
    en: 'zero-waste cities and the circular economy',
    pattern: /zero-waste|无废|circular economy|循环经济/i,
  },
  {
    key: 'energy',
    en: 'energy development',
    pattern: /energy (?:development|system)|能源发展|清洁能源|energy/i,
  },
  { key: 'buildings', en: 'buildings', pattern: /building|建筑/i },
  { key: 'hydrogen', en: 'hydrogen', pattern: /hydrogen|氢能/i },
  { key: 'vehicles', en: 'clean vehicles', pattern: /vehicle|汽车/i },
  { key: 'finance', en: 'green finance', pattern: /financ|金融/i },
  { key: 'industry', en: 'industry', pattern: /industr|alumin|steel|产业|工业/i },
  { key: 'carbon', en: 'carbon peaking and neutrality', pattern: /carbon|碳达峰|碳中和/i },
];

export function topicOf(document: Pick<PeriodDocument, 'title' | 'sectors'>): {
  key: string;
  en: string;
} {
  const topic = TOPICS.find((t) => t.pattern.test(document.title));
  if (topic) return topic;
  const sector = document.sectors[0];
  return sector
    ? { key: `sector:${sector}`, en: sector.replace(/-/g, ' ') }
    : { key: 'other', en: 'other policies' };
}
