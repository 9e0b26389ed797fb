/**
 * What the first printed page of any page starts with, shown only in print: where and when it was
 * printed, the caveat, and the sources and licence of the data on the page (the footer's lines,
 * which the print stylesheet leaves out at the end). The on-screen caveat and footer are hidden in
 * print, so each is printed once, on page 1.
 */
import { CAVEAT, OGL_STATEMENT } from '../../../src/report/attribution.js';

export function PrintHeader({ lines }: { lines: readonly string[] }) {
  return (
    <div class="print-only print-header" data-print-header="">
      <p class="print-where">
        Printed from <span class="print-url">{location.href}</span> on {new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}.
      </p>
      <p class="print-caveat">{CAVEAT.text}</p>
      <p class="print-sources-title">Sources and licence</p>
      <ul class="print-sources">
        {(lines.length > 0 ? lines : [OGL_STATEMENT]).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
