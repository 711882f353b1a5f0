import type { RetrievedPassage } from '../../src/domain.ts';
import { hasCjk } from '../../src/text/cjk.ts';

/** A retrieved passage of one chunk holding `text`, for answerer tests. */
export function passage(
  text: string,
  region = 'National',
  id = 'doc-1',
  title = 'Plan',
): RetrievedPassage {
  return {
    chunk_id: `${id}-c1`,
    document_id: id,
    ordinal: 0,
    text,
    heading: null,
    page_from: 1,
    page_to: 1,
    start: 0,
    end: text.length,
    title,
    issuer: null,
    date: '2022-01-01',
    region,
    url: null,
    language: hasCjk(text) ? 'zh' : 'en',
    score: 1,
  };
}
