/**
 * A horizontal bar for a share from 0 to 1, beside the share written as a percentage (so the SVG
 * is hidden from assistive technology). Nothing for a share that is not known.
 */
export function ShareBar({ share, width = 200 }: { share: number | null; width?: number }) {
  if (share === null) return null;
  const length = Math.max(0, Math.min(1, share)) * width;
  return (
    <svg class="share-bar" width={width} height={14} viewBox={`0 0 ${width} 14`} aria-hidden="true" focusable="false">
      <rect x={0} y={1} width={width} height={12} fill="#f3f2f1" stroke="#b1b4b6" />
      <rect x={0} y={1} width={length} height={12} fill="#1d70b8" />
    </svg>
  );
}
