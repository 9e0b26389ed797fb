/**
 * The embeddable views: minimal pages of the map and of an area card that other sites may show in a
 * frame. Every other page of the explorer refuses to be framed (`frame-ancestors 'none'`); the server
 * lets these be framed by any site (`frame-ancestors *`), and the web app draws them without its
 * header, navigation or footer. One definition for both. Pure, so the web app can import it.
 */
export const EMBED_PREFIX = '/embed/';

/** Whether a URL path (query and all) is an embeddable view. */
export function isEmbedPath(path: string): boolean {
  return path.startsWith(EMBED_PREFIX);
}
