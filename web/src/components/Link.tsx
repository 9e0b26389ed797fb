/**
 * An ordinary link that the app follows without reloading (pushState) on a plain left click;
 * modified clicks (new tab, new window) and keyboard users get the browser's own behaviour.
 */
import type { ComponentChildren } from 'preact';
import { navigate } from '../state/url.js';

interface Props {
  href: string;
  children: ComponentChildren;
  class?: string;
  id?: string;
  'aria-current'?: 'page' | undefined;
}

export function Link({ href, children, ...rest }: Props) {
  const follow = (event: MouseEvent): void => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return (
    <a {...rest} href={href} onClick={follow}>
      {children}
    </a>
  );
}
