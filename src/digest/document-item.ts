import type { PeriodDocument } from '../store.ts';
import type { StoredTarget } from '../store.ts';
import { metricName } from '../targets/metrics.ts';
import { presentTarget } from '../targets/present.ts';
import type { Citations } from './citations.ts';
import { dedupe, figure, markers, targetSource, type DigestContext } from './context.ts';
import { headlineSentence, shortIssuer, titleSpan, type Sentence } from './headline.ts';
import type { DigestBullet, DigestItem } from './types.ts';

/** Where a document item stands: top news (national), a subnational update, or a perspective. */
export type DocumentItemMode = 'top' | 'subnational' | 'perspective';

/** One document: "Issuer issued _Title_ [t]. Headline sentence. [h]" and its targets as bullets. */
export function documentItem(
  document: PeriodDocument,
  context: DigestContext,
  mode: DocumentItemMode,
): DigestItem {
  const { citations } = context;
  const kept = introAndHeadline(document, context, mode);
  const targets = mode === 'perspective' ? [] : dedupe(context.targetsOf.get(document.id) ?? []);
  const bullets = targets
    .map((t) => targetBullet(t, document, citations))
    .filter((b): b is DigestBullet => b !== null);
  const shown = targets.filter((_, i) => bullets[i] !== undefined);
  return {
    type: mode === 'perspective' ? 'perspective' : 'document',
    text: kept.join(' '),
    citations: markers(kept.join(' ')),
    targets: shown.map(presentTarget),
    regions: [document.region],
    document_id: document.id,
    title: document.title,
    kind: document.kind,
    bullets: sortBullets(bullets),
  };
}

/** The intro sentence naming the document and its headline sentence, each kept if verified. */
function introAndHeadline(
  document: PeriodDocument,
  context: DigestContext,
  mode: DocumentItemMode,
): string[] {
  const { citations } = context;
  const chunks = context.chunksOf.get(document.id) ?? [];
  const title = titleSpan(chunks, document.title);
  const headline = headlineSentence(chunks, document.title);
  const titleMark = title ? ` [${citations.cite(document, sentenceSource(title))}]` : '';
  const issuer = shortIssuer(document.issuer);
  const intro =
    mode === 'perspective'
      ? `_${document.title}_${issuer ? ` (${issuer})` : ''}${titleMark}.`
      : mode === 'subnational'
        ? `${document.region}: ${issuer ? `${issuer} issued ` : ''}_${document.title}_${titleMark}.`
        : `${issuer ? `${issuer} issued` : 'Issued:'} _${document.title}_${titleMark}.`;
  const kept: string[] = [];
  if (citations.verified(intro)) kept.push(intro);
  if (headline) {
    const sentence = `${headline.text} [${citations.cite(document, sentenceSource(headline))}]`;
    if (citations.verified(sentence)) kept.push(sentence);
  }
  return kept;
}

const DIRECTION_WORDS: Record<string, string> = {
  'at least': 'at least ',
  'at most': 'at most ',
  about: 'about ',
  decrease: 'down by ',
  increase: 'up by ',
  reach: '',
};

/** "Name: at least **20,000 yuan** [n]", figures as the document writes them; null if unverified. */
function targetBullet(
  target: StoredTarget,
  document: PeriodDocument,
  citations: Citations,
): DigestBullet | null {
  const n = citations.cite(document, targetSource(target));
  const name = metricName(target.metric_key)?.en ?? target.metric;
  const text = `${name}: ${DIRECTION_WORDS[target.direction] ?? ''}**${figure(target.value_raw, target.unit_raw)}**${target.qualifier && /strive|力争/i.test(target.qualifier) ? ' (striving)' : ''} [${n}]`;
  return citations.verified(text)
    ? { target_year: target.target_year, text, citations: [n] }
    : null;
}

function sentenceSource(sentence: Sentence) {
  return {
    chunk_id: sentence.chunk_id,
    quote: sentence.text,
    start: sentence.start,
    end: sentence.end,
    page: sentence.page_from,
    heading: sentence.heading,
  };
}

function sortBullets(bullets: DigestBullet[]): DigestBullet[] {
  return [...bullets].sort((a, b) => (a.target_year ?? 9999) - (b.target_year ?? 9999));
}
