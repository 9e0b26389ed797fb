/**
 * The what-if settings of an area page as the URL holds them: `set=<indicator>=<target>,…`, a
 * target being `median`, `best-in-county`, `best-in-region` or a number (the API's `set` syntax).
 * Read leniently (the API reports anything it cannot use) and written in the method's order.
 */
export const TARGETS = ['median', 'best-in-county', 'best-in-region'] as const;

/** Indicator id → target text, in the order given. */
export function parseSet(text: string | null): Map<string, string> {
  const settings = new Map<string, string>();
  for (const item of (text ?? '').split(',')) {
    const at = item.indexOf('=');
    if (at <= 0) continue;
    const id = item.slice(0, at).trim();
    const target = item.slice(at + 1).trim();
    if (id !== '' && target !== '') settings.set(id, target);
  }
  return settings;
}

/** The `set` parameter for the settings, in `order` (ids not in it last); null when empty. */
export function formatSet(settings: ReadonlyMap<string, string>, order: readonly string[]): string | null {
  const ids = [...order.filter((id) => settings.has(id)), ...[...settings.keys()].filter((id) => !order.includes(id))];
  const items = ids.map((id) => `${id}=${settings.get(id) ?? ''}`);
  return items.length === 0 ? null : items.join(',');
}

/** The choice a control shows for a target: '' (as now), a keyword, or 'value'. */
export function choiceOf(target: string | undefined): string {
  if (target === undefined || target === '') return '';
  return (TARGETS as readonly string[]).includes(target) ? target : 'value';
}
