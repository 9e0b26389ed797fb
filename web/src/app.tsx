/**
 * The app shell: skip link, header with the navigation and the edition selector, the page the
 * URL names inside <main>, and the footer with the licence attribution. On moving to another
 * page, focus goes to the new page's heading and the document title changes.
 */
import { OGL_STATEMENT } from '../../src/report/attribution.js';
import { useEffect, useRef } from 'preact/hooks';
import { EditionSelect } from './components/EditionSelect.js';
import { LazyPage, type PageComponent } from './components/LazyPage.js';
import { Link } from './components/Link.js';
import { AreaPage } from './pages/area/AreaPage.js';
import { ComparePage } from './pages/compare/ComparePage.js';
import { GroupsPage } from './pages/groups/GroupsPage.js';
import { MapPage } from './pages/map/MapPage.js';
import { MethodPage } from './pages/method/MethodPage.js';
import { NotFoundPage } from './pages/not-found/NotFoundPage.js';
import { TablePage } from './pages/table/TablePage.js';
import { useAttribution } from './state/attribution.js';
import { href, parseRoute, useLocation, type Page, type Route } from './state/url.js';

const NAV: Array<{ page: Page; path: string; label: string }> = [
  { page: 'map', path: '/', label: 'Map' },
  { page: 'table', path: '/table', label: 'League table' },
  { page: 'compare', path: '/compare', label: 'Compare' },
  { page: 'groups', path: '/groups', label: 'Groups' },
  { page: 'uncertainty', path: '/uncertainty', label: 'How sure?' },
  { page: 'patterns', path: '/patterns', label: 'Patterns' },
  { page: 'method', path: '/method', label: 'Method & sources' },
];

// The analysis pages are loaded when first shown: the first page does not carry their code.
const loadUncertainty = (): Promise<PageComponent> => import('./pages/uncertainty/UncertaintyPage.js').then((module) => module.UncertaintyPage);
const loadPatterns = (): Promise<PageComponent> => import('./pages/patterns/PatternsPage.js').then((module) => module.PatternsPage);
const loadShift = (): Promise<PageComponent> => import('./pages/shift/ShiftPage.js').then((module) => module.ShiftPage);


export function App() {
  const location = useLocation();
  const route = parseRoute(location.pathname, location.search);
  useFocusOnPageChange(location.pathname);
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
          <EditionSelect edition={route.edition} />
        </div>
        <nav class="container site-nav" aria-label="Main">
          <ul>
            {NAV.map((item) => (
              <li key={item.page}>
                <Link href={href(item.path, { edition: route.edition })} aria-current={route.page === item.page ? 'page' : undefined}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" class="container" tabIndex={-1}>
        <PageFor route={route} />
      </main>
      <Footer edition={route.edition} />
    </>
  );
}

function PageFor({ route }: { route: Route }) {
  switch (route.page) {
    case 'map':
      return <MapPage route={route} />;
    case 'table':
      return <TablePage route={route} />;
    case 'area':
      return <AreaPage route={route} code={route.code ?? ''} />;
    case 'compare':
      return <ComparePage route={route} />;
    case 'groups':
      return <GroupsPage route={route} />;
    case 'method':
      return <MethodPage route={route} />;
    case 'uncertainty':
      return <LazyPage load={loadUncertainty} route={route} title="How sure are the ranks?" />;
    case 'patterns':
      return <LazyPage load={loadPatterns} route={route} title="Patterns: deprivation, rurality and the coast" />;
    case 'shift':
      return <LazyPage load={loadShift} route={route} title="How far does each area move?" />;
    default:
      return <NotFoundPage route={route} />;
  }
}

function Footer({ edition }: { edition: string }) {
  const lines = useAttribution();
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
