/**
 * A page whose code is loaded only when it is first shown (a dynamic import, so Vite puts it in a
 * chunk of its own and the first page stays light). While it loads, the page's heading is shown;
 * if that heading had the focus, the loaded page's heading takes it.
 */
import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useTitle } from '../pages/useTitle.js';
import type { Route } from '../state/url.js';
import { LoadError, Loading } from './Status.js';

export type PageComponent = ComponentType<{ route: Route }>;

const loaded = new Map<() => Promise<PageComponent>, PageComponent>();

interface Props {
  load: () => Promise<PageComponent>;
  /** The page's route: its title is the heading shown while the page loads. */
  route: Route;
}

export function LazyPage({ load, route }: Props) {
  useTitle(route.title);
  const [page, setPage] = useState<PageComponent | null>(() => loaded.get(load) ?? null);
  const [error, setError] = useState<Error | null>(null);
  const placeholder = useRef<HTMLHeadingElement>(null);
  const refocus = useRef(false);
  useEffect(() => {
    if (page === null || !refocus.current) return;
    refocus.current = false;
    const heading = document.querySelector<HTMLElement>('main h1');
    heading?.setAttribute('tabindex', '-1');
    heading?.focus();
  }, [page]);
  useEffect(() => {
    if (loaded.has(load)) {
      setPage(() => loaded.get(load) ?? null);
      return;
    }
    let live = true;
    load().then(
      (component) => {
        loaded.set(load, component);
        if (!live) return;
        refocus.current = placeholder.current !== null && document.activeElement === placeholder.current;
        setPage(() => component);
      },
      (reason: unknown) => live && setError(reason instanceof Error ? reason : new Error(String(reason))),
    );
    return () => {
      live = false;
    };
  }, [load]);
  if (page !== null) {
    const Page = page;
    return <Page route={route} />;
  }
  return (
    <>
      <h1 ref={placeholder}>{route.title}</h1>
      {error === null ? <Loading what="the page" /> : <LoadError error={new Error(`This page could not be loaded: ${error.message}`)} />}
    </>
  );
}
