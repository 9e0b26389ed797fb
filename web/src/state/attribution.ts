/**
 * The licence attribution shown in the footer: the page in view reports the attribution of the
 * API responses it shows (every response carries one), and the footer re-renders with it.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Attribution } from '../types.js';

let current: string[] = [];
const listeners = new Set<(lines: string[]) => void>();

export function toLines(attribution: Attribution | null | undefined): string[] {
  if (attribution === null || attribution === undefined) return [];
  return Array.isArray(attribution) ? attribution : [attribution];
}

/** Called by pages: the attribution of the data they show. */
export function useReportAttribution(attribution: Attribution | null | undefined): void {
  const key = toLines(attribution).join('\n');
  useEffect(() => {
    if (key === '') return;
    current = key.split('\n');
    for (const listener of listeners) listener(current);
  }, [key]);
}

export function useAttribution(): string[] {
  const [lines, setLines] = useState(current);
  useEffect(() => {
    listeners.add(setLines);
    return () => {
      listeners.delete(setLines);
    };
  }, []);
  return lines;
}
