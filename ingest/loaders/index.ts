import { loadHtml } from './html.ts';
import { loadMarkdown } from './markdown.ts';
import { loadPdf } from './pdf.ts';
import { loadText } from './text.ts';
import { LoadError, type LoadedDocument, type Loader } from './types.ts';

export { decodeText } from './text.ts';
export { LoadError, type LoadedDocument, type Loader, type Section } from './types.ts';

const LOADERS: Record<string, Loader> = {
  '.pdf': loadPdf,
  '.html': loadHtml,
  '.htm': loadHtml,
  '.md': loadMarkdown,
  '.markdown': loadMarkdown,
  '.txt': loadText,
  '.text': loadText,
};

/** File extensions the loaders read, lower case with the dot. */
export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(LOADERS);

/** The extension of `fileName`, lower case with the dot ("" when there is none). */
export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

/** The loader for a file name, chosen by extension (case-insensitive), or undefined if unsupported. */
export function loaderFor(fileName: string): Loader | undefined {
  return LOADERS[extensionOf(fileName)];
}

/**
 * Loads one file into sections. Every failure is a `LoadError` whose one-line message starts
 * with `fileName` and says why (unsupported type, empty, undecodable, encrypted, corrupt, no
 * text); unexpected parser failures are wrapped the same way so a batch ingest can report them
 * per file and go on.
 *
 * @returns a document with at least one section, all section texts normalised and non-empty.
 */
export async function loadDocument(bytes: Uint8Array, fileName: string): Promise<LoadedDocument> {
  const loader = loaderFor(fileName);
  if (!loader) {
    const extension = extensionOf(fileName);
    const type = extension ? `'${extension}'` : '(no extension)';
    throw new LoadError(
      `${fileName}: unsupported file type ${type} (supported: ${SUPPORTED_EXTENSIONS.join(', ')})`,
    );
  }
  // Zero bytes is an empty file whatever its name says ("not a PDF file" would mislead).
  if (bytes.length === 0) throw new LoadError(`${fileName}: empty file`);
  let document: LoadedDocument;
  try {
    document = await loader(bytes, fileName);
  } catch (error) {
    if (error instanceof LoadError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new LoadError(
      `${fileName}: could not be loaded (${reason.replace(/\s+/g, ' ').trim()})`,
      { cause: error },
    );
  }
  const sections = document.sections.filter((section) => section.text.trim() !== '');
  if (sections.length === 0) throw new LoadError(`${fileName}: no text found`);
  return { ...document, sections };
}
