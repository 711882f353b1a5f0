import { describe, it, expect } from 'vitest';
import { FakeEmbeddings } from '@langchain/core/utils/testing';
import { createRetriever, type Retriever } from '../../src/retrieval/retriever.ts';
import { createAsker } from '../../src/answer/ask.ts';
import { languageTwins, twinsIn } from '../../src/retrieval/twins.ts';
import type { CatalogueEntry } from '../../src/domain.ts';
import { createFakeStore, seedDocument } from '../support/fake-store.ts';

const entry = (
  id: string,
  language: 'en' | 'zh',
  doc_number: string | null,
  region = 'National',
): CatalogueEntry => ({ id, title: id, issuer: null, doc_number, region, language });

describe('languageTwins', () => {
  it('pairs the versions of one document by region, year and serial across languages', () => {
    const catalogue = [
      entry('zh-plan', 'zh', '发改能源〔2023〕1044号'),
      entry('en-plan', 'en', 'Fa Gai Neng Yuan [2023] No. 1044'),
      entry('en-cert-2025', 'en', 'Fa Gai Neng Yuan [2025] No. 1044'),
      entry('zh-hebei', 'zh', '冀政发〔2023〕1044号', 'Hebei'),
      entry('en-other', 'en', 'Guo Fa [2023] No. 7'),
      entry('en-none', 'en', null),
    ];
    expect(twinsIn(catalogue, 'zh-plan', 'en')).toEqual(['en-plan']);
    expect(twinsIn(catalogue, 'en-plan', 'zh')).toEqual(['zh-plan']);
    // Its own language, another year, another region or no number: no twin.
    expect(twinsIn(catalogue, 'zh-plan', 'zh')).toEqual([]);
    expect(twinsIn(catalogue, 'en-cert-2025', 'zh')).toEqual([]);
    expect(twinsIn(catalogue, 'zh-hebei', 'en')).toEqual([]);
    expect(twinsIn(catalogue, 'en-none', 'zh')).toEqual([]);
    expect([...languageTwins(catalogue).keys()].sort()).toEqual(['en-plan', 'zh-plan']);
  });
});

describe('a document held in both languages', () => {
  async function twins() {
    const store = createFakeStore();
    await seedDocument(
      store,
      {
        id: 'en-plan',
        title: 'Action Plan for Carbon Dioxide Peaking Before 2030',
        region: 'National',
        doc_number: 'Guo Fa [2021] No. 23',
      },
      ['By 2025, the share of non-fossil energy in total energy consumption will reach 20%.'],
    );
    await seedDocument(
      store,
      {
        id: 'zh-plan',
        title: '2030年前碳达峰行动方案',
        region: 'National',
        doc_number: '国发〔2021〕23号',
        language: 'zh',
      },
      ['到2025年，非化石能源消费比重达到20%左右。'],
    );
    // A cross-lingual first search that surfaces only the English version, as one whose words
    // match the translation better can; a search anchored to the Chinese version finds it.
    const real = createRetriever({ store, embeddings: new FakeEmbeddings() });
    const searches: string[][] = [];
    const retriever: Retriever = {
      async retrieve(question, options) {
        const anchors = options?.anchors ?? [];
        searches.push(anchors);
        const result = await real.retrieve(question, options);
        if (anchors.includes('zh-plan')) return result;
        return { ...result, passages: result.passages.filter((p) => p.document_id !== 'zh-plan') };
      },
    };
    return { asker: createAsker({ store, retriever }), searches };
  }

  it("is quoted in the question's language when that version answers", async () => {
    const { asker, searches } = await twins();
    const answer = await asker.ask({ question: '到2025年非化石能源消费比重目标是多少？' });
    expect(answer.citations[0]?.document_id).toBe('zh-plan');
    expect(answer.answer).toContain('20%');
    expect(searches).toEqual([[], ['zh-plan']]);
    // The count of documents searched stays the first search's: the whole corpus.
    expect(answer.searched.documents).toBe(2);
  });

  it("needs no second search when the lead is already in the question's language", async () => {
    const { asker, searches } = await twins();
    const answer = await asker.ask({
      question: 'What share of non-fossil energy is targeted for 2025?',
    });
    expect(answer.citations[0]?.document_id).toBe('en-plan');
    expect(searches).toEqual([[]]);
  });

  it("searches only the version in the question's language when a number names both", async () => {
    const { asker, searches } = await twins();
    const answer = await asker.ask({
      question: '国发〔2021〕23号提出到2025年非化石能源消费比重达到多少？',
    });
    expect(searches[0]).toEqual(['zh-plan']);
    expect(answer.citations[0]?.document_id).toBe('zh-plan');
  });
});
