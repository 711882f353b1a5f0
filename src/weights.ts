/**
 * Every ranking and answering weight in one typed object, passed in through options
 * (`createRetriever({ weights })`, `createAsker({ weights })`), so a change of weight is one
 * visible edit and tests can vary one at a time. Why each value is what it is, and what was
 * measured, lives in docs/decisions/ (0001 ranking weights, 0002 document scope and router).
 */

/** Resolving a question to the documents it names (src/retrieval/document-router.ts). */
export interface RouterWeights {
  /** Added when the question names the title's kind of document (plan, notice, 办法 …). */
  kindBonus: number;
  /** Added when the question names the document's issuer, or its number of issuing bodies. */
  issuerBonus: number;
  /** Added for a title in the question's language (of two language versions, quote the question's). */
  sameLanguage: number;
  /** Taken off when the question names another region than the document's. */
  regionMismatch: number;
  /** Lowest score (share of the title's concepts named, plus bonuses) that anchors a document. */
  minTitleScore: number;
  /** Documents within this score of the best are anchored too. */
  tie: number;
  maxDocuments: number;
}

/** Hybrid retrieval (src/retrieval/retriever.ts). */
export interface RetrievalWeights {
  /** Reciprocal-rank-fusion constant. */
  rrfK: number;
  /** Candidates per ranked list before fusion. */
  candidates: number;
  /** Fusion weight of each list of a model's rewrite of the question (with a model configured). */
  rewriteListWeight: number;
  /** Fusion weight of the lexical list of the question's dictionary translations. */
  translationListWeight: number;
  /** Fusion weight of the lists restricted to a region the question names. */
  regionListWeight: number;
  /** Fusion weight of the lists restricted to the documents the question names. */
  anchorListWeight: number;
  /** Fusion weight of the lists restricted to national documents, when the scope is national by default. */
  nationalListWeight: number;
  /** Soft boosts, as fractions of the best fused score. */
  boost: {
    namedRegion: number;
    nationalWhenRegionNamed: number;
    otherRegion: number;
    /** National passage when the question names no region (national scope by default). */
    nationalDefault: number;
    /** Provincial passage when the scope is national by default. */
    provincialUnderNationalScope: number;
    /** Passage of a document the question names, and of any other document when one is named. */
    anchored: number;
    notAnchored: number;
    /** Per year the question names that the passage states. */
    year: number;
    /** Times the share of the question's specific thesaurus topics the passage names, in either language. */
    topic: number;
  };
  /** Jaccard overlap of tokens above which a lower-ranked passage is a near duplicate. */
  nearDuplicate: number;
}

/** The extractive answerer's sentence scoring (src/answer/extractive.ts). */
export interface AnswerWeights {
  /** Evidence threshold: the best sentence must score at least this to answer. */
  minScore: number;
  /** The same threshold for another region of a comparison once one region is answered, when its sentence states a figure in the same unit. */
  comparisonMinScore: number;
  /** Concept weights: a specific thesaurus group, a generic one, a named region. */
  group: number;
  genericGroup: number;
  region: number;
  /** Question-token weights: a CJK bigram, a CJK unigram, a number; Latin words 1. */
  cjkBigram: number;
  cjkUnigram: number;
  number: number;
  /** Bonus for a dictionary translation of a question word found in a sentence in the other language. */
  translation: number;
  /** A concept covered only by the passage's title or heading counts this share. */
  frame: number;
  /** A sentence in the other language than the question's. */
  crossLingualDiscount: number;
  /** Quantitative question: added when the sentence states a quantity, else the score is multiplied. */
  quantityBonus: number;
  noQuantityFactor: number;
  targetCue: number;
  yearMatch: number;
  /** Taken off a sentence whose target year (stated, or its paragraph's) is not one the question asks about. */
  otherYear: number;
  /** A short line without punctuation (a heading) is multiplied by this. */
  headingFactor: number;
  /** Added for the retriever's rank (first passage full, last none). */
  rank: number;
  /** Added for a sentence of a passage inside the question's scope, taken off outside it. */
  inScope: number;
  outOfScope: number;
  /** Supporting sentences must score at least this share of the lead's. */
  supportRatio: number;
  /** A sentence in the question's language sharing a figure with an other-language lead replaces it from this share of its score. */
  ownLanguageRatio: number;
  /** Question words a sentence must share to be on topic when it names none of the question's thesaurus topics. */
  topicWords: number;
  /** A lead sentence longer than this (characters) is cut to the clause that holds the asked topic and figure. */
  leadClauseOver: number;
}

/** Comparison tables from the targets store (src/answer/compare.ts). */
export interface ComparisonWeights {
  topic: number;
  topicInMetric: number;
  sharedWord: number;
  /** A row in the other language: the share of the question's wordings in that language it holds, times this, stands for its shared words. */
  crossLingualWords: number;
  statedFigure: number;
  /** Rows below this share of the best row's score are left out. */
  keepRatio: number;
}

export interface Weights {
  router: RouterWeights;
  retrieval: RetrievalWeights;
  answer: AnswerWeights;
  comparison: ComparisonWeights;
}

export const DEFAULT_WEIGHTS: Weights = {
  router: {
    kindBonus: 0.15,
    issuerBonus: 0.15,
    sameLanguage: 0.1,
    regionMismatch: 0.5,
    minTitleScore: 0.75,
    tie: 0.05,
    maxDocuments: 6,
  },
  retrieval: {
    rrfK: 60,
    candidates: 40,
    regionListWeight: 0.7,
    translationListWeight: 0.6,
    rewriteListWeight: 1,
    anchorListWeight: 1.5,
    nationalListWeight: 0.7,
    boost: {
      namedRegion: 0.6,
      nationalWhenRegionNamed: 0.2,
      otherRegion: -0.3,
      nationalDefault: 0.4,
      provincialUnderNationalScope: -0.1,
      anchored: 1,
      notAnchored: -0.3,
      year: 0.15,
      topic: 0.3,
    },
    nearDuplicate: 0.85,
  },
  answer: {
    minScore: 0.42,
    comparisonMinScore: 0.32,
    group: 1.5,
    genericGroup: 0.3,
    region: 1.5,
    cjkBigram: 1,
    cjkUnigram: 0.15,
    number: 1.5,
    frame: 0.6,
    translation: 0.5,
    crossLingualDiscount: 0.85,
    quantityBonus: 0.2,
    noQuantityFactor: 0.75,
    targetCue: 0.08,
    yearMatch: 0.06,
    otherYear: 0.2,
    headingFactor: 0.5,
    rank: 0.08,
    inScope: 0.1,
    outOfScope: 0.1,
    supportRatio: 0.8,
    ownLanguageRatio: 0.7,
    topicWords: 2,
    leadClauseOver: 140,
  },
  comparison: {
    topic: 2,
    topicInMetric: 1.5,
    sharedWord: 0.2,
    crossLingualWords: 0.5,
    statedFigure: 3,
    keepRatio: 0.75,
  },
};
