/**
 * The app shell: skip link, header with the place search, the navigation and the edition selector, the page the
 * URL names inside <main> (both read from the route table, routes.ts), and the footer with the
 * licence attribution (which, with the caveat, print on the first page instead: PrintHeader). On moving to another page, focus goes to the new page's heading and the
 * document title changes.
 */
import { OGL_STATEMENT } from '../../src/report/attribution.js';
import { useEffect, useRef } from 'preact/hooks';
import { EditionSelect } from './components/EditionSelect.js';
import { LazyPage } from './components/LazyPage.js';
import { PrintHeader } from './components/PrintHeader.js';
import { PlaceSearch } from './components/PlaceSearch.js';
import { Link } from './components/Link.js';
import { NAV_ROUTES, parseRoute, routeOf } from './routes.js';
import { useAttribution } from './state/attribution.js';
import { methodQuery } from './state/methodChoices.js';
import { href, useLocation, type Route } from './state/url.js';

export function App() {
  const location = useLocation();
  const route = parseRoute(location.pathname, location.search);
  useFocusOnPageChange(location.pathname);
  const lines = useAttribution();
  if (routeOf(route.page).embed === true) {
    // an embeddable view, in another site's frame: the page and its credit only
    return (
      <>
        <main id="main" class="embed" tabIndex={-1}>
          <PageFor route={route} />
        </main>
        <footer class="embed-footer">
          <p>{(lines.length > 0 ? lines : [OGL_STATEMENT]).join(' ')}</p>
        </footer>
      </>
    );
  }
  return (
    <>
      <a class="skip-link" href="#main">
        Skip to main content
      </a>
      <header class="site-header">
        <div class="container header-inner">
          <Link class="site-name" href={href('/', { edition: route.edition })}>
            Social Mobility Index — open editions
          </Link>
          <div class="header-tools">
            <PlaceSearch edition={route.edition} />
            <EditionSelect edition={route.edition} />
          </div>
        </div>
        <nav class="container site-nav" aria-label="Main">
          <ul>
            {NAV_ROUTES.map((item) => (
              <li key={item.id}>
                <Link href={href(item.pattern, { edition: route.edition, ...(item.methodChoices ? methodQuery(route.params) : {}) })} aria-current={route.page === item.id ? 'page' : undefined}>
                  {item.nav.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" class="container" tabIndex={-1}>
        <PrintHeader lines={lines} />
        <PageFor route={route} />
      </main>
      <Footer edition={route.edition} lines={lines} />
    </>
  );
}

/** The page of the route: its component, or its chunk while that loads. */
function PageFor({ route }: { route: Route }) {
  const { source } = routeOf(route.page);
  if (source.kind === 'lazy') return <LazyPage load={source.load} route={route} />;
  const Page = source.component;
  return <Page route={route} />;
}

function Footer({ edition, lines }: { edition: string; lines: readonly string[] }) {
  return (
    <footer class="site-footer">
      <div class="container">
        <h2 class="footer-title">Sources and licence</h2>
        {lines.length > 0 ? (
          <ul class="attribution">
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : (
          <p>{OGL_STATEMENT}</p>
        )}
        <p>
          These are open editions rebuilt from published statistics, not the Social Mobility Commission's own index:{' '}
          <Link href={href('/method', { edition })}>read how they differ</Link>.
        </p>
      </div>
    </footer>
  );
}

/** After moving to another page (not after a change of settings), focus its heading. */
function useFocusOnPageChange(pathname: string): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const heading = document.querySelector<HTMLElement>('main h1');
    if (heading !== null) {
      heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: false });
    }
    window.scrollTo(0, 0);
  }, [pathname]);
}
