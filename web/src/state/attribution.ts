/**
 * The licence attribution shown in the footer: the page in view reports the attribution of the
 * API responses it shows (every response carries one, in one shape), and the footer re-renders
 * with its statements.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Attribution } from '../types.js';

let current: string[] = [];
const listeners = new Set<(lines: string[]) => void>();

/** The statements of an attribution, one per source; none for none. */
export function toLines(attribution: Attribution | null | undefined): string[] {
  return attribution?.statements ?? [];
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
