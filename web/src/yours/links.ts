/** The links to the API of your own data, kept in the page. */
import { YOURS_API_PREFIX } from './edition.js';

/**
 * A link to the API for edition `yours` — a download (`…?format=csv`) or a JSON answer — is made in
 * the page when followed (localDownloads.ts, loaded then), never requested: the server has none of
 * that data. One listener on the document, so every page's download links work for your data.
 */
export function keepYourLinksLocal(root: Document): void {
  root.addEventListener('click', (event) => {
    const target = event.target as Element | null;
    const link = target?.closest?.('a[href]');
    if (!(link instanceof HTMLAnchorElement) || event.defaultPrevented) return;
    const url = new URL(link.href, location.href);
    if (url.origin !== location.origin || !url.pathname.startsWith(YOURS_API_PREFIX)) return;
    event.preventDefault();
    void import('./localDownloads.js').then((local) => local.saveLocally(`${url.pathname}${url.search}`));
  });
}
