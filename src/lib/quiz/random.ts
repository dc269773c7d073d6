/**
 * A small seeded random source, so the daily questions and an exam's paper come out the same on
 * every device and after a reload: the seed is a string such as the day, not the clock.
 */

/** A 32-bit FNV-1a hash of the string's UTF-8 bytes, used as a PRNG seed. */
export function seedFromString(s: string): number {
  let hash = 0x811c9dc5;
  // UTF-8 bytes rather than UTF-16 units, so the hash is the textbook one for Chinese seeds too.
  for (const byte of new TextEncoder().encode(s)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** Mulberry32: a fast 32-bit PRNG; returns a function giving numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy of `items` (Fisher–Yates); the input is left as it is. */
export function shuffled<T>(items: readonly T[], rand: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * `n` distinct items picked at random (all of them, shuffled, when there are fewer). A partial
 * Fisher–Yates, so it costs `n` steps rather than a full shuffle.
 */
export function sample<T>(items: readonly T[], n: number, rand: () => number): T[] {
  const out = [...items];
  const take = Math.max(0, Math.min(out.length, Math.floor(n)));
  for (let i = 0; i < take; i += 1) {
    const j = i + Math.floor(rand() * (out.length - i));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out.slice(0, take);
}
