import type { QueryAnalysis } from '../retrieval/query-analysis.ts';
import type { RoutedDocument } from '../retrieval/document-router.ts';
import { twinsIn } from '../retrieval/twins.ts';
import type { CatalogueEntry, SearchFilters } from '../domain.ts';
import type { Draft } from './answerer.ts';

/** What one search in a scope gives back: the draft, and how many documents it searched. */
interface Searched {
  draft: Draft;
  searchedDocuments: number;
}

/**
 * Search and draft within the question's scope, widening it when that finds nothing: a title
 * match is a guess at the document meant, so when nothing in it answers the whole corpus is
 * searched; a question naming no region is about national policy, so a province's answer stands
 * only when no national document answers it; a document held in both languages is quoted in the
 * question's when that version answers. The count of documents searched stays the first search's.
 */
export async function searchInScope<S extends Searched>(
  search: (anchors: string[], filters?: SearchFilters) => Promise<S>,
  analysis: QueryAnalysis,
  routed: RoutedDocument[],
  filters: SearchFilters | undefined,
  catalogue: readonly CatalogueEntry[],
): Promise<S> {
  const named = ownLanguageFirst(routed, catalogue, analysis.language);
  let result = await search(named);
  if (!result.draft.answerable && named.length < routed.length)
    result = {
      ...(await search(routed.map((d) => d.id))),
      searchedDocuments: result.searchedDocuments,
    };
  if (!result.draft.answerable && routed.length > 0 && routed.every((d) => d.by === 'title'))
    result = await search([]);
  const nationalFirst =
    analysis.scope === 'national' &&
    routed.length === 0 &&
    !filters?.regions?.length &&
    !filters?.document_ids?.length;
  if (result.draft.answerable && nationalFirst && leadRegion(result.draft) !== 'National') {
    const national = await search([], { ...filters, regions: ['National'] });
    if (national.draft.answerable)
      result = { ...national, searchedDocuments: result.searchedDocuments };
  }
  const lead = result.draft.answerable ? leadCitation(result.draft)?.document_id : undefined;
  const twins =
    lead && !filters?.document_ids?.length ? twinsIn(catalogue, lead, analysis.language) : [];
  if (twins.length > 0) {
    const own = await search(twins, filters);
    const ownLead = own.draft.answerable ? leadCitation(own.draft)?.document_id : undefined;
    if (ownLead && twins.includes(ownLead))
      result = { ...own, searchedDocuments: result.searchedDocuments };
  }
  return result;
}

/**
 * The named documents to search first: of a document named in both languages (its number names
 * both versions), only the version in the question's language.
 */
function ownLanguageFirst(
  routed: RoutedDocument[],
  catalogue: readonly CatalogueEntry[],
  language: 'en' | 'zh',
): string[] {
  const ids = routed.map((d) => d.id);
  return ids.filter((id) => !twinsIn(catalogue, id, language).some((twin) => ids.includes(twin)));
}

/** What the answer's first marker cites. */
function leadCitation(draft: Draft) {
  return draft.cite(draft.answer, [1]).find((c) => c.n === 1);
}

/** The region of the document the answer's first marker cites. */
function leadRegion(draft: Draft): string | null {
  return leadCitation(draft)?.region ?? null;
}
