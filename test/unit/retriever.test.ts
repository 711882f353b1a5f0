import { describe, it, expect } from 'vitest';
import { FakeEmbeddings } from '@langchain/core/utils/testing';
import { createRetriever } from '../../src/retrieval/retriever.ts';
import { DEFAULT_WEIGHTS } from '../../src/weights.ts';
import { createFakeStore, seedDocument, type FakeStore } from '../support/fake-store.ts';

// FakeEmbeddings embeds every text as [0.1, 0.2, 0.3, 0.4]; a passage's place in the vector
// lists is set by how far its own vector turns from that one (0: rank 1, larger: lower).
const QUERY = [0.1, 0.2, 0.3, 0.4];
const ORTHOGONAL = [0.2, -0.1, 0, 0];
const turned = (t: number) => QUERY.map((q, i) => q * (1 - t) + ORTHOGONAL[i]! * t);

function retrieverOver(store: FakeStore, weights = DEFAULT_WEIGHTS.retrieval) {
  return createRetriever({ store, embeddings: new FakeEmbeddings(), weights });
}

const ids = (passages: { chunk_id: string }[]) => passages.map((p) => p.chunk_id);

describe('createRetriever over a fake store', () => {
  it('fuses the lists by rank: a passage second in both the vector and the lexical lists outranks the first of either', async () => {
    const store = createFakeStore();
    const national = { region: 'National' };
    await seedDocument(store, { id: 'vec-top', title: 'Annex A', ...national }, [
      { text: 'Brackets and hinges are described here.', embedding: turned(0) },
    ]);
    await seedDocument(store, { id: 'both', title: 'Annex B', ...national }, [
      { text: 'The zorbl quota is listed in the table.', embedding: turned(0.1) },
    ]);
    await seedDocument(store, { id: 'lex-top', title: 'Annex C', ...national }, [
      { text: 'Zorbl quota for flimmet.', embedding: turned(0.9) },
    ]);
    await seedDocument(store, { id: 'filler', title: 'Annex D', ...national }, [
      { text: 'Gaskets and washers are described here.', embedding: turned(0.3) },
    ]);
    const lexical = await store.lexicalSearch(['zorbl', 'quota', 'flimmet'], undefined, 10);
    expect(ids(lexical)).toEqual(['lex-top#0', 'both#0']);
    const vector = await store.vectorSearch(QUERY, undefined, 10);
    expect(ids(vector)).toEqual(['vec-top#0', 'both#0', 'filler#0', 'lex-top#0']);

    const { passages, searchedDocuments } = await retrieverOver(store).retrieve(
      'What is the zorbl quota for flimmet?',
    );
    expect(ids(passages)[0]).toBe('both#0');
    expect(ids(passages).slice(1, 3).sort()).toEqual(['lex-top#0', 'vec-top#0']);
    expect(ids(passages)[3]).toBe('filler#0');
    expect(searchedDocuments).toBe(4);
  });

  it('searches the region a question names on its own, so its passage is a candidate however far down the whole-corpus lists it is', async () => {
    const store = createFakeStore();
    for (const [i, t] of [0, 0.05, 0.1].entries())
      await seedDocument(store, { id: `hebei-${i}`, title: `Hebei notice ${i}`, region: 'Hebei' }, [
        { text: `Zorbl quota ${i}.`, embedding: turned(t) },
      ]);
    await seedDocument(store, { id: 'shanxi', title: 'Provincial notice', region: 'Shanxi' }, [
      {
        text: 'Under the provincial arrangements set out below, the zorbl quota of each county is fixed.',
        embedding: turned(0.8),
      },
    ]);
    const weights = { ...DEFAULT_WEIGHTS.retrieval, candidates: 2 };
    const named = await retrieverOver(store, weights).retrieve("What is Shanxi's zorbl quota?");
    expect(ids(named.passages)[0]).toBe('shanxi#0');
    const unnamed = await retrieverOver(store, weights).retrieve('What is the zorbl quota?');
    expect(ids(unnamed.passages)).not.toContain('shanxi#0');
  });

  it('boosts a passage stating the year the question asks for above a better-fused one that does not', async () => {
    const store = createFakeStore();
    await seedDocument(store, { id: 'short', title: 'Annex A', region: 'National' }, [
      { text: 'Zorbl quota: 10 units.', embedding: turned(0) },
    ]);
    await seedDocument(store, { id: 'dated', title: 'Annex B', region: 'National' }, [
      {
        text: 'By 2030 the zorbl quota held by the flimmet bureau of the region reaches 12 units under the annual plan.',
        embedding: turned(0.1),
      },
    ]);
    const lexical = await store.lexicalSearch(['zorbl', 'quota', '2030'], undefined, 10);
    expect(ids(lexical)).toEqual(['short#0', 'dated#0']);
    const { passages } = await retrieverOver(store).retrieve('What is the zorbl quota for 2030?');
    expect(ids(passages)).toEqual(['dated#0', 'short#0']);
  });

  it('adds the next chunk of a passage that stops mid-sentence right after it', async () => {
    const store = createFakeStore();
    await seedDocument(store, { id: 'plan', title: 'Annex A', region: 'National' }, [
      {
        text: 'The zorbl quota of the province is set at',
        heading: 'Quotas',
        embedding: turned(0),
      },
      { text: 'twelve units a year.', heading: 'Quotas', embedding: turned(0.9) },
      { text: 'Hinges are described elsewhere.', heading: 'Hinges', embedding: turned(0.9) },
    ]);
    const { passages } = await retrieverOver(store).retrieve('What is the zorbl quota?', { k: 1 });
    expect(passages.map((p) => [p.chunk_id, p.neighbour ?? false])).toEqual([
      ['plan#0', false],
      ['plan#1', true],
    ]);
  });
});
