/**
 * An indicator's value in its unit, for people: "54.0%", "£27,615", "7.25", "45.3 points". The
 * one wording of a value in sentences and tables of the CLI and of the analyses' messages.
 */
export function formatIndicatorValue(value: number, unit: string): string {
  switch (unit) {
    case '%':
      return `${value.toFixed(1)}%`;
    case '£':
      return `£${groupedWhole(value)}`;
    case 'ratio':
      return value.toFixed(2);
    default:
      return `${value.toFixed(1)}${unit ? ` ${unit}` : ''}`;
  }
}

/**
 * A number rounded to a whole one with commas between thousands, as en-GB writes it: "27,615",
 * "-1,000", "1,000,000". Written by hand because the first `toLocaleString` of a process loads the
 * locale data, about 12 ms of a CLI call that takes a hundred or so.
 */
export function groupedWhole(value: number): string {
  const whole = Math.round(value);
  if (!Number.isFinite(whole) || Math.abs(whole) >= 1e21) return String(whole);
  return String(whole).replace(/\B(?=(\d{3})+$)/g, ',');
}
