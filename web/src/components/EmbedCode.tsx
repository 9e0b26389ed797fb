/**
 * "Embed this": the HTML of an iframe showing one of the embeddable views (src/contract/embeds.ts)
 * on another site, in a read-only field, with a button that copies it. Other pages of the explorer
 * cannot be framed.
 */
import { useId, useState } from 'preact/hooks';

interface Props {
  /** The view's path and query, e.g. "/embed/map?measure=youth". */
  path: string;
  /** The frame's accessible title on the other site. */
  title: string;
  height: number;
}

/** The iframe element for `path` on this server. */
export function embedCode(origin: string, path: string, title: string, height: number): string {
  const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${escape(origin + path)}" title="${escape(title)}" width="100%" height="${height}" loading="lazy" style="border:0"></iframe>`;
}

export function EmbedCode({ path, title, height }: Props) {
  const id = useId();
  const code = embedCode(location.origin, path, title, height);
  const [status, setStatus] = useState('');
  const copy = (): void => {
    const done = (): void => setStatus('Copied. Paste it into your page.');
    if (navigator.clipboard === undefined) {
      setStatus('Select the code and copy it (this browser does not let the page copy).');
      return;
    }
    navigator.clipboard.writeText(code).then(done, () => setStatus('Select the code and copy it (the browser refused to copy).'));
  };
  return (
    <details class="embed-code">
      <summary>Embed this on your site</summary>
      <label for={`${id}-code`}>The embed code</label>
      <textarea id={`${id}-code`} readOnly rows={3} value={code} onFocus={(event) => event.currentTarget.select()} />
      <p>
        <button type="button" class="button-secondary" onClick={copy}>
          Copy the embed code
        </button>{' '}
        <span role="status" class="hint">
          {status}
        </span>
      </p>
    </details>
  );
}
