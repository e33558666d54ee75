import { createHash } from 'node:crypto';

/** How an ingested text is cut: into pieces of paragraphs to extract, and into parts to send and hash (issue 14). */

/**
 * About this many characters are extracted and written at a time by `ingestLargeDocument`. Small
 * enough that one piece's extraction and load plan (about 2,000 claims, quantities and links) is a
 * few MB of heap, large enough that its batches stay near full (issue 14: 250k-character pieces held
 * five times that, and peak RSS grew with them).
 */
export const PIECE_CHARS = 50_000;

/**
 * The Document's text is sent to Neo4j, and hashed, this many characters at a time (about 300 KB of
 * UTF-8): buffers of a few MB each, sent or hashed one after another, were kept by the allocator
 * after they were freed, and 3 MB pieces of a 50 MB text raised RSS by about 40 MB (issue 14).
 */
export const TEXT_PIECE_CHARS = 100_000;

/**
 * The text cut at line breaks into pieces of about `size` characters (a longer line is one
 * piece), with each piece's offset: claims never span a paragraph, so extracting piece by
 * piece finds what extracting the whole text does. Lazy, so only the current piece is sliced.
 */
export function* paragraphChunks(text: string, size = PIECE_CHARS): Generator<{ offset: number; text: string }> {
  let start = 0;
  while (start < text.length) {
    let end = start + size >= text.length ? text.length : text.lastIndexOf('\n', start + size) + 1;
    if (end <= start) {
      const next = text.indexOf('\n', start + size);
      end = next < 0 ? text.length : next + 1;
    }
    yield { offset: start, text: text.slice(start, end) };
    start = end;
  }
}

/**
 * The text cut every `size` UTF-16 units, never inside a surrogate pair, so each piece is valid
 * UTF-16 on its own and the UTF-8 of the pieces, concatenated, is the UTF-8 of the text.
 */
export function* textPieces(text: string, size = TEXT_PIECE_CHARS): Generator<string> {
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + size);
    const last = text.charCodeAt(end - 1);
    // A high surrogate last: end before it, or (a piece of one unit) after its pair.
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end = end - 1 > start ? end - 1 : end + 1;
    yield text.slice(start, end);
    start = end;
  }
}

/** SHA-256 of the text's UTF-8, hashed piece by piece (no second copy of the whole text as bytes). */
export function sha256Of(text: string): string {
  const hash = createHash('sha256');
  for (const piece of textPieces(text)) hash.update(piece, 'utf8');
  return hash.digest('hex');
}

