/**
 * An indicator's value in its unit, for people: "54.0%", "£27,615", "7.25", "45.3 points". The
 * one wording of a value in sentences and tables of the CLI and of the analyses' messages.
 */
export function formatIndicatorValue(value: number, unit: string): string {
  switch (unit) {
    case '%':
      return `${value.toFixed(1)}%`;
    case '£':
      return `£${Math.round(value).toLocaleString('en-GB')}`;
    case 'ratio':
      return value.toFixed(2);
    default:
      return `${value.toFixed(1)}${unit ? ` ${unit}` : ''}`;
  }
}
