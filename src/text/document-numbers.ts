import { CJK_RANGE } from './cjk.ts';

/**
 * A Chinese document number's bracketed year and serial ("〔2023〕1044号", "[2023] No. 15"), as a
 * pattern source with two groups (year, serial), shared by the document router and the answerer.
 */
export const DOCUMENT_NUMBER_SOURCE = String.raw`[〔[【(（]\s*((?:19|20)\d{2})\s*[〕\]】)）]\s*(?:No\.?\s*)?(\d{1,4})\s*号?`;

/** The same with up to 12 Chinese characters of issuing-agency prefix before it (group 1), then year and serial. */
export function documentNumberPattern(): RegExp {
  return new RegExp(`([${CJK_RANGE}]{0,12})\\s*` + DOCUMENT_NUMBER_SOURCE, 'gu');
}

/** The English rendering "No. 1044 [2023]" (serial, then year), as a pattern source with two groups (serial, year). */
export const ENGLISH_DOCUMENT_NUMBER_SOURCE = String.raw`No\.\s*(\d{1,4})\s*[[(]\s*((?:19|20)\d{2})\s*[\])]`;
