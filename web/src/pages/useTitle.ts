/**
 * Sets the document title of a page: "<page> — Social Mobility Index (open editions)".
 */
import { useEffect } from 'preact/hooks';

export function useTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} — Social Mobility Index (open editions)`;
  }, [title]);
}
