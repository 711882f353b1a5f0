/** One block of a loaded document: a page of a PDF, a section under a heading, a paragraph run. */
export interface Section {
  /** Normalised text (see src/text/normalize.ts). Never empty. */
  text: string;
  /** 1-based page number, PDF only. */
  page?: number;
  /** Heading path of this section, outermost first (e.g. ["第二章 主要目标", "第五条"]). */
  heading?: string[];
}

export interface LoadedDocument {
  sections: Section[];
  /** Title found inside the file (first H1, <title>, PDF metadata), if any. */
  title?: string;
  /** Number of pages (PDF) or undefined. */
  pages?: number;
}

/**
 * A loader turns the bytes of one file into sections. It throws `LoadError` with a one-line,
 * user-facing reason for anything it cannot read (corrupt, encrypted, empty, no text layer,
 * undecodable); it never returns an empty `sections` array.
 */
export type Loader = (bytes: Uint8Array, fileName: string) => Promise<LoadedDocument>;

export class LoadError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LoadError';
  }
}
