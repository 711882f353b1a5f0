import { describe, it, expect } from 'vitest';
import { FakeEmbeddings, FakeListChatModel } from '@langchain/core/utils/testing';
import { createRetriever, type Retriever } from '../../src/retrieval/retriever.ts';
import { analyzeQuestion } from '../../src/retrieval/query-analysis.ts';
import { createAsker } from '../../src/answer/ask.ts';
import { answerPerRegion } from '../../src/answer/per-region.ts';
import { createLlmAnswerer } from '../../src/answer/llm.ts';
import { createFakeStore, seedDocument, type FakeStore } from '../support/fake-store.ts';

/** The text of an answer before its first citation marker: what a reader sees first. */
const lead = (answer: string) => answer.slice(0, answer.indexOf('['));

async function corpus(): Promise<FakeStore> {
  const store = createFakeStore();
  await seedDocument(
    store,
    {
      id: 'shanghai-plan',
      title: 'Shanghai Carbon Peaking Implementation Plan',
      region: 'Shanghai',
    },
    [
      'By 2025, the share of non-fossil energy in total energy consumption will reach 20%.',
      'By 2025, the share of coal in total energy consumption will fall to 30%.',
    ],
  );
  await seedDocument(
    store,
    {
      id: 'guangdong-plan',
      title: 'Guangdong Carbon Peaking Implementation Plan',
      region: 'Guangdong',
    },
    [
      'By 2025, the share of non-fossil energy in total energy consumption will reach 29%.',
      'By 2025, energy consumption per unit of GDP will fall by 14% from 2020.',
    ],
  );
  await seedDocument(
    store,
    { id: 'beijing-plan', title: 'Beijing Carbon Peaking Implementation Plan', region: 'Beijing' },
    ['By 2025, the share of non-fossil energy in total energy consumption will reach 14.4%.'],
  );
  await seedDocument(
    store,
    {
      id: 'shanxi-plan',
      title: 'Shanxi 14th Five-Year Energy Conservation Plan',
      region: 'Shanxi',
    },
    [
      'By 2025, energy consumption per unit of GDP of the province will fall by 14.5% from 2020.',
      'By 2025, the share of non-fossil energy in total energy consumption will reach 12%.',
    ],
  );
  await seedDocument(
    store,
    { id: 'hebei-plan', title: 'Hebei 14th Five-Year Energy Conservation Plan', region: 'Hebei' },
    [
      'The energy intensity target: by 2025, energy intensity (energy consumption per unit of GDP) will fall by 15.5% from 2020.',
    ],
  );
  await seedDocument(
    store,
    {
      id: 'national-plan',
      title: '14th Five-Year Comprehensive Work Plan for Energy Conservation',
      region: 'National',
    },
    ['By 2025, national energy consumption per unit of GDP will fall by 13.5% from 2020.'],
  );
  return store;
}

function askerOver(store: FakeStore, llm: FakeListChatModel | null = null) {
  const retriever = createRetriever({ store, embeddings: new FakeEmbeddings() });
  const prompts = { answer: 'Answer from the passages.\n{passages}\nIn {language}.', condense: '' };
  return createAsker({ store, retriever, llm: llm && createLlmAnswerer(llm, prompts) });
}

describe('a question naming no region', () => {
  it('is answered from a national document when the first search surfaced only provinces', async () => {
    const store = createFakeStore();
    for (const [i, region] of ['Qinghai', 'Suzhou', 'Hubei'].entries())
      await seedDocument(
        store,
        {
          id: `${region.toLowerCase()}-industry`,
          title: `${region} Industrial Carbon Peaking Plan`,
          region,
        },
        [
          `By 2025, energy consumption per unit of industrial value added will fall by ${10 + i}% from 2020.`,
        ],
      );
    await seedDocument(
      store,
      {
        id: 'national-industry',
        title: 'Industrial Energy Efficiency Action Plan',
        region: 'National',
      },
      [
        'By 2025, energy consumption per unit of industrial value added will fall by 13.5% from 2020.',
      ],
    );
    // A search that misses the national document unless asked for national documents only, as
    // a cross-lingual one can.
    const real = createRetriever({ store, embeddings: new FakeEmbeddings() });
    const searches: (string[] | undefined)[] = [];
    const retriever: Retriever = {
      async retrieve(question, options) {
        searches.push(options?.filters?.regions);
        const result = await real.retrieve(question, options);
        if (options?.filters?.regions?.includes('National')) return result;
        return { ...result, passages: result.passages.filter((p) => p.region !== 'National') };
      },
    };
    const asker = createAsker({ store, retriever });
    const question =
      'By how much should energy consumption per unit of industrial value added fall by 2025?';
    const national = await asker.ask({ question });
    expect(national.citations[0]?.region).toBe('National');
    expect(national.answer).toContain('13.5%');
    expect(searches).toEqual([undefined, ['National']]);
    // The count of documents searched is the whole corpus's, as the first search's was.
    expect(national.searched.documents).toBe(4);

    // A question about a region, or across regions, keeps the provinces' answers.
    searches.length = 0;
    const hubei = await asker.ask({
      question: question.replace('fall by 2025', 'fall in Hubei by 2025'),
    });
    expect(hubei.citations[0]?.region).toBe('Hubei');
    expect(searches).toEqual([undefined]);
  });
});

describe('answers over a fake store', () => {
  it('compares two regions with both figures in the lead, each cited to its own document', async () => {
    const store = await corpus();
    const response = await askerOver(store).ask({
      question: "Compare Shanghai's and Guangdong's 2025 non-fossil energy share targets",
    });
    expect(response.answerable).toBe(true);
    expect(lead(response.answer)).toMatch(/Shanghai 20%/);
    expect(lead(response.answer)).toMatch(/Guangdong 29%/);
    expect(lead(response.answer)).not.toMatch(/14\.4|30%|12%/);
    expect(response.citations.map((c) => [c.region, c.quote])).toEqual([
      [
        'Shanghai',
        'By 2025, the share of non-fossil energy in total energy consumption will reach 20%.',
      ],
      [
        'Guangdong',
        'By 2025, the share of non-fossil energy in total energy consumption will reach 29%.',
      ],
    ]);
  });

  it("answers a region's question with that region's figure among look-alikes from other regions", async () => {
    const store = await corpus();
    const response = await askerOver(store).ask({
      question: "What is Shanxi's 2025 energy intensity target?",
    });
    expect(response.answerable).toBe(true);
    expect(lead(response.answer)).toMatch(/14\.5%/);
    expect(response.answer).not.toMatch(/15\.5%|13\.5%/);
    expect(response.citations[0]).toMatchObject({ document_id: 'shanxi-plan', region: 'Shanxi' });
  });

  it('answers region by region: each region gets its own figure, not a look-alike of the other', async () => {
    const store = await corpus();
    const question =
      'Do Shanghai and Guangdong set the same share of non-fossil energy in consumption for 2025?';
    const retriever = createRetriever({ store, embeddings: new FakeEmbeddings() });
    const result = await answerPerRegion(retriever, analyzeQuestion(question), undefined, { k: 4 });
    expect(result).not.toBeNull();
    expect(result!.sentences.map((s) => [s.passage.region, s.text])).toEqual([
      [
        'Shanghai',
        'By 2025, the share of non-fossil energy in total energy consumption will reach 20%.',
      ],
      [
        'Guangdong',
        'By 2025, the share of non-fossil energy in total energy consumption will reach 29%.',
      ],
    ]);
  });

  it("keeps a chat model's cited figure, flags one its passage does not hold, and drops a marker to no passage", async () => {
    const store = await corpus();
    const model = new FakeListChatModel({
      responses: [
        "Shanxi's energy intensity is to fall by 14.5% from 2020 by 2025 [1]. It will also fall by 40% by 2030 [1]. See also [9].",
      ],
    });
    const response = await askerOver(store, model).ask({
      question: "What is Shanxi's 2025 energy intensity target?",
    });
    expect(response.mode).toBe('llm');
    expect(response.answer).toMatch(/14\.5% from 2020 by 2025 \[1\]/);
    expect(response.answer).not.toContain('[9]');
    expect(response.unverified).toEqual([expect.stringContaining('40%')]);
    expect(response.citations).toEqual([
      expect.objectContaining({
        n: 1,
        document_id: 'shanxi-plan',
        quote:
          'By 2025, energy consumption per unit of GDP of the province will fall by 14.5% from 2020.',
      }),
    ]);
  });
});
