/**
 * English ordinal of a positive integer: 1 → "1st", 2 → "2nd", 11 → "11th", 321 → "321st".
 * The suffix follows the last digit, except 11, 12 and 13 (and 111, 112, …) which take "th".
 */
export function ordinal(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  switch (n % 10) {
    case 1:
      return `${n}st`;
    case 2:
      return `${n}nd`;
    case 3:
      return `${n}rd`;
    default:
      return `${n}th`;
  }
}
