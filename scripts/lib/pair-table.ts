/**
 * Numbers pairs of non-negative integers in order of first sight: a hash table on typed
 * arrays, since a `Map` keyed by `a * n + b` leaves small integers past a few thousand
 * words and slows down several times over millions of phrases.
 */
export class PairTable {
  private mask = (1 << 12) - 1;
  private firsts = new Int32Array(this.mask + 1);
  private seconds = new Int32Array(this.mask + 1);
  /** The pair's number plus one; 0 is an empty slot. */
  private slots = new Int32Array(this.mask + 1);
  size = 0;

  private slotOf(a: number, b: number): number {
    let slot = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 1, 0x85ebca77)) & this.mask;
    while (this.slots[slot] !== 0 && (this.firsts[slot] !== a || this.seconds[slot] !== b)) slot = (slot + 1) & this.mask;
    return slot;
  }

  /** The number of the pair, or -1 when it was never added. */
  get(a: number, b: number): number {
    return this.slots[this.slotOf(a, b)] - 1;
  }

  /** The number of the pair, numbering it next when it is new. */
  add(a: number, b: number): number {
    const slot = this.slotOf(a, b);
    if (this.slots[slot] !== 0) return this.slots[slot] - 1;
    this.firsts[slot] = a;
    this.seconds[slot] = b;
    this.slots[slot] = ++this.size;
    if (this.size * 2 > this.mask) this.grow();
    return this.size - 1;
  }

  private grow(): void {
    const { firsts, seconds, slots } = this;
    this.mask = this.mask * 2 + 1;
    this.firsts = new Int32Array(this.mask + 1);
    this.seconds = new Int32Array(this.mask + 1);
    this.slots = new Int32Array(this.mask + 1);
    for (let old = 0; old < slots.length; old++) {
      if (slots[old] === 0) continue;
      const slot = this.slotOf(firsts[old], seconds[old]);
      this.firsts[slot] = firsts[old];
      this.seconds[slot] = seconds[old];
      this.slots[slot] = slots[old];
    }
  }
}
