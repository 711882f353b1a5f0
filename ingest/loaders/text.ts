import { normalizeText } from '../../src/text/normalize.ts';
import { addTextLines, createSectionBuilder } from './sections.ts';
import { LoadError, type Loader } from './types.ts';

const UNDECODABLE = 'cannot decode text: not UTF-8, UTF-16 or GB18030';

/**
 * Decodes the bytes of a text file. Order: byte-order mark (UTF-8, UTF-16LE, UTF-16BE), then
 * strict UTF-8, then strict GB18030 (a superset of GBK/GB2312, the encodings of Chinese
 * government text files) when the result looks like Chinese or Latin text.
 *
 * @throws LoadError naming `fileName` when the file is empty or whitespace-only, contains NUL
 *   bytes (binary, or UTF-16 without a BOM), or fits none of the encodings.
 */
export function decodeText(bytes: Uint8Array, fileName: string): string {
  const text = decodeBytes(bytes, fileName);
  if (text.trim() === '') throw new LoadError(`${fileName}: empty file`);
  return text;
}

function decodeBytes(bytes: Uint8Array, fileName: string): string {
  if (bytes.length === 0) throw new LoadError(`${fileName}: empty file`);
  const bom = bomEncoding(bytes);
  if (bom) {
    const text = strictDecode(bom, bytes);
    if (text === undefined) throw new LoadError(`${fileName}: ${UNDECODABLE}`);
    if (text.includes('\u0000'))
      throw new LoadError(`${fileName}: contains NUL characters; not a text file`);
    return text;
  }
  if (bytes.includes(0)) {
    throw new LoadError(
      `${fileName}: contains NUL bytes; not a text file (binary, or UTF-16 without a byte-order mark)`,
    );
  }
  const utf8 = strictDecode('utf-8', bytes);
  if (utf8 !== undefined) return utf8;
  const gb = strictDecode('gb18030', bytes);
  // GB18030 maps almost any byte sequence to *some* characters, so a successful decode is not
  // evidence; require text that reads like Chinese/Latin prose.
  if (gb !== undefined && isPlausibleText(gb)) return gb;
  throw new LoadError(`${fileName}: ${UNDECODABLE}`);
}

/**
 * Decodes bytes whose encoding a container declared (an HTML `<meta charset>`). Pages often
 * declare one encoding and use another (a "gb2312" template saved as UTF-8), and GBK decodes
 * UTF-8 bytes into plausible-looking nonsense, so valid UTF-8 wins first: real GBK text is
 * practically never valid UTF-8. Then the declared charset, strictly; then detection. A BOM
 * overrides everything, as in browsers; a label the runtime does not know is ignored.
 *
 * @throws LoadError as `decodeText` does.
 */
export function decodeDeclared(
  bytes: Uint8Array,
  fileName: string,
  declared: string | undefined,
): string {
  if (
    declared &&
    !bomEncoding(bytes) &&
    !bytes.includes(0) &&
    strictDecode('utf-8', bytes) === undefined
  ) {
    const text = strictDecode(declared, bytes);
    if (text !== undefined) {
      if (text.trim() === '') throw new LoadError(`${fileName}: empty file`);
      return text;
    }
  }
  return decodeText(bytes, fileName);
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** Decodes with `fatal: true`; undefined when the bytes are invalid in `encoding`. The BOM is dropped. */
export function strictDecode(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * True when at least 95% of the characters are ASCII text, CJK ideographs, CJK/full-width
 * punctuation or general punctuation, and there are no C0 control characters other than
 * tab, newline, carriage return and form feed.
 */
export function isPlausibleText(text: string): boolean {
  let good = 0;
  let total = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    total += 1;
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c)
      return false;
    if (
      code < 0x7f ||
      (code >= 0x4e00 && code <= 0x9fff) ||
      (code >= 0x3400 && code <= 0x4dbf) ||
      (code >= 0x3000 && code <= 0x303f) ||
      (code >= 0xff00 && code <= 0xffef) ||
      (code >= 0x2000 && code <= 0x206f) ||
      code === 0xb7 ||
      code === 0xd7 ||
      code === 0xb0
    ) {
      good += 1;
    }
  }
  return total > 0 && good / total >= 0.95;
}

/**
 * Plain-text loader (.txt, .text). Sections are paragraphs grouped under the chapter, section,
 * article and numbered headings found at line starts; the heading line stays in the text.
 */
export const loadText: Loader = async (bytes, fileName) => {
  const text = normalizeText(decodeText(bytes, fileName));
  const builder = createSectionBuilder();
  addTextLines(builder, text.split('\n'));
  const sections = builder.finish();
  if (sections.length === 0) throw new LoadError(`${fileName}: no text found`);
  return { sections };
};
