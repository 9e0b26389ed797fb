/**
 * A seeded pseudo-random number generator: **sfc32**, Chris Doty-Humphrey's "Small Fast Counting"
 * generator (from the PractRand suite), 32-bit version. It passes PractRand and BigCrush, has a
 * 128-bit state with a counter (so no state cycle is shorter than 2³²), and costs a handful of
 * integer operations per number. Implemented here with `Math.imul`-free 32-bit arithmetic
 * (`| 0`, `>>> 0`), so it gives the same stream on every JavaScript engine.
 *
 * Step (a, b, c, d 32-bit words, d the counter):
 *   t = a + b + d;  d = d + 1;  a = b ⊕ (b >>> 9);  b = c + (c << 3);  c = rotl(c, 21) + t;  output t.
 *
 * Seeding: a seed is an integer 0 ≤ s ≤ 2⁵³ − 1 (a safe integer); the state starts as
 * (a, b, c, d) = (0, low 32 bits of s, high 21 bits of s, 1), as PractRand seeds sfc32 from a
 * 64-bit seed, and 12 outputs are discarded to mix it. Distinct seeds give distinct starting states.
 *
 * `next()` is a double uniform on [0, 1) with 53 random bits, built from two outputs:
 *   u = (⌊x₁ / 2⁵⌋ · 2²⁶ + ⌊x₂ / 2⁶⌋) / 2⁵³.
 *
 * @example
 * const random = createRandom(1);
 * random.next(); // a number in [0, 1); the same first number for every generator seeded with 1
 * random.uint32(); // an integer in [0, 2³²)
 */
export interface Random {
  /** Uniform double on [0, 1), 53 random bits. */
  next(): number;
  /** Uniform 32-bit unsigned integer. */
  uint32(): number;
}

/** The largest seed accepted: 2⁵³ − 1. */
export const MAX_SEED = Number.MAX_SAFE_INTEGER;

/** Whether s is a valid seed: an integer 0 ≤ s ≤ 2⁵³ − 1. */
export function isSeed(s: number): boolean {
  return Number.isSafeInteger(s) && s >= 0;
}

/**
 * A new sfc32 generator seeded with s (see the module comment).
 *
 * @throws RangeError when s is not an integer in [0, 2⁵³ − 1].
 */
export function createRandom(seed: number): Random {
  if (!isSeed(seed)) throw new RangeError(`createRandom: the seed must be an integer from 0 to ${MAX_SEED} (got ${seed})`);
  let a = 0;
  let b = seed >>> 0;
  let c = Math.floor(seed / 4294967296) | 0;
  let d = 1;
  const uint32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) uint32();
  return {
    uint32,
    next: () => ((uint32() >>> 5) * 67108864 + (uint32() >>> 6)) / 9007199254740992,
  };
}
