import { describe, it, expect } from 'vitest';
import {
  ENGLISH_STOPWORDS,
  HASHING_V1_STOPWORDS,
  TRANSLATION_SKIP_WORDS,
} from '../../src/text/stopwords.ts';
import { lexicalTokens } from '../../src/text/tokens.ts';
import { translateQuery } from '../../src/retrieval/dictionary.ts';
import { HashingEmbeddings } from '../../src/embeddings/hashing.ts';

describe('the stopword lists (src/text/stopwords.ts)', () => {
  it('drops every English stopword from lexical tokens and keeps the content words', () => {
    expect(lexicalTokens(Array.from(ENGLISH_STOPWORDS).join(' '))).toEqual([]);
    expect(lexicalTokens('What are the targets for wind power?')).toEqual([
      'targets',
      'wind',
      'power',
    ]);
  });

  it('keeps the hashing-v1 list a subset of the lexical one, as the stored vectors were built', () => {
    for (const word of HASHING_V1_STOPWORDS) expect(ENGLISH_STOPWORDS.has(word)).toBe(true);
    const embeddings = new HashingEmbeddings({ dimensions: 64 });
    // "when" is a lexical stopword but a hashing-v1 feature.
    expect(embeddings.embedSync('the of and').every((v) => v === 0)).toBe(true);
    expect(embeddings.embedSync('when').some((v) => v !== 0)).toBe(true);
  });

  it('does not translate stopwords or the words every policy question holds', () => {
    for (const word of ENGLISH_STOPWORDS) expect(TRANSLATION_SKIP_WORDS.has(word)).toBe(true);
    expect(translateQuery('the target of the plan for the province by 2030', 'en')).toEqual([]);
    expect(translateQuery('the boilers target', 'en')).toContain('锅炉');
  });
});
