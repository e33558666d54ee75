/**
 * The characters (UTF-16 units) of one text, for asking quickly whether it may hold a word: a word whose first or last
 * unit is not in the text cannot be in it, so `includes` runs only for the few words that may be. The readers ask a
 * sentence for dozens of gate words (time-pattern-gates.ts, the named periods' words); an `includes` per word cost
 * about 5% of reading the seed (issue 18, reading throughput). The answers are `includes`'s: this only skips the calls
 * that must answer false. Imports nothing.
 *
 * One instance holds one text at a time (`load` replaces it); each reader keeps its own instance, so no other reader's
 * load can come between its load and its questions.
 */
export class CharsPresent {
  // The load that last saw each unit: no clearing between texts.
  private readonly seen = new Uint32Array(65536);
  private load_ = 0;
  private text = '';

  /** Holds `text` from now on. */
  load(text: string): this {
    if (++this.load_ === 0xffffffff) {
      this.seen.fill(0);
      this.load_ = 1;
    }
    const seen = this.seen;
    const n = this.load_;
    for (let i = 0; i < text.length; i++) seen[text.charCodeAt(i)] = n;
    this.text = text;
    return this;
  }

  /** Whether the text holds `word` (as `text.includes(word)`; the empty word is in every text). */
  holds(word: string): boolean {
    if (word.length === 0) return true;
    const seen = this.seen;
    const n = this.load_;
    if (seen[word.charCodeAt(0)] !== n || seen[word.charCodeAt(word.length - 1)] !== n) return false;
    return word.length <= 1 || this.text.includes(word);
  }

  /** Whether the text holds one of `words`. */
  holdsAny(words: readonly string[]): boolean {
    for (const w of words) if (this.holds(w)) return true;
    return false;
  }
}
