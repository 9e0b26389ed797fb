/**
 * The page for a path the app does not know.
 */
import { Link } from '../../components/Link.js';
import { href, type Route } from '../../state/url.js';
import { useTitle } from '../useTitle.js';

export function NotFoundPage({ route }: { route: Route }) {
  useTitle(route.title);
  return (
    <>
      <h1>{route.title}</h1>
      <p>
        If you typed the web address, check it is correct. Start from the <Link href={href('/', { edition: route.edition })}>map</Link> or the{' '}
        <Link href={href('/table', { edition: route.edition })}>league table</Link>.
      </p>
    </>
  );
}
