/**
 * Plain-English phrase for a decile (1 = best 10% … 10 = worst 10%), as the Commission reports
 * life-stage results: 1 → "best 10%", 2 → "best 10–20%", 5 → "best 40–50%",
 * 6 → "worst 40–50%", 9 → "worst 10–20%", 10 → "worst 10%".
 */
export function decilePhrase(decile: number): string {
  if (!Number.isInteger(decile) || decile < 1 || decile > 10) throw new RangeError(`decile must be an integer from 1 to 10, got ${decile}`);
  if (decile <= 5) return decile === 1 ? 'best 10%' : `best ${(decile - 1) * 10}–${decile * 10}%`;
  const fromBottom = 11 - decile; // 10 → 1, 6 → 5
  return fromBottom === 1 ? 'worst 10%' : `worst ${(fromBottom - 1) * 10}–${fromBottom * 10}%`;
}
