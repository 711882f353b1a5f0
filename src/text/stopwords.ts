/**
 * The English stopword lists, in one place. They differ on purpose, and each is frozen by what
 * was computed from it: a word added to or removed from a list changes stored vectors or
 * rankings, so a change here is an eval-measured change, never a tidy-up.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.split(' '));

/**
 * Function words dropped from lexical tokens (`lexicalTokens`), so from every chunk's stored
 * lexical vector and every lexical query.
 */
export const ENGLISH_STOPWORDS = words(
  'a an and are as at be by for from has have in is it its of on or that the this to was were will with what which who how does do did shall should would can could than into per their there these those about over under when where much many any all',
);

/**
 * The shorter list the `hashing-v1` embeddings were built with: a subset of
 * `ENGLISH_STOPWORDS`, kept separate because every stored `hashing-v1` vector depends on it.
 */
export const HASHING_V1_STOPWORDS = words(
  'a an and are as at be by for from has have in is it its of on or that the this to was were will with what which how does do shall should',
);

/**
 * Words the dictionary does not translate (`translationGroups`): the function words plus words
 * nearly every policy question holds ("target", "plan", "province", "2030"), whose translations
 * would match every chunk.
 */
export const TRANSLATION_SKIP_WORDS: ReadonlySet<string> = new Set([
  ...ENGLISH_STOPWORDS,
  ...words(
    'had set sets target targets goal goals plan plans policy province provinces region regions city cities china chinese national 2020 2025 2030 2035 2060 year years',
  ),
]);

/**
 * Words of a question that say what kind of question it is, not what it asks about (question
 * words, "target", "plan", "province", 多少, 目标, 文件): answer scoring leaves them out.
 */
export const QUESTION_WORDS = words(
  'what which who whom whose when where why how much many is are was were the a an of in on for to by and or does do did target targets goal goals set sets plan plans policy policies document documents say says said according tell me please there their its it that this compared china chinese province provinces region regions city cities 多 少 多少 什么 哪些 哪个 是 的 了 吗 呢 有 在 和 与 及 年 为 到 目标 要求 规定 提出 文件 政策',
);
