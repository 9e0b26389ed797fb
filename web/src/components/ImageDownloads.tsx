/**
 * "Download as SVG" and "Download as PNG" for a chart or the map: each builds, when pressed, a
 * standalone image of the chart with its title, key, source line and credits inside it
 * (image/chartImage.ts) and hands it over as a file. The credits are the page's own attribution
 * lines (the footer's) and any the chart adds (the map's boundary credit). A failure is said in words beside the buttons.
 */
import { useState } from 'preact/hooks';
import { chartPng, chartSvgText, saveBlob, type ChartImage } from '../image/chartImage.js';
import { useAttribution } from '../state/attribution.js';

interface Props {
  /** The file name without its extension: "smi-open-2016-map-overall". */
  name: string;
  /** What the buttons are for, for their accessible names: "the map". */
  what: string;
  /**
   * The image to make, from the chart as it is drawn now (null while it is not drawn). Its credits
   * follow the attribution lines the page shows (those of the data it draws), without repeats.
   */
  image: () => (Omit<ChartImage, 'credits'> & { credits?: string[] }) | null;
}

export function ImageDownloads({ name, what, image }: Props) {
  const [problem, setProblem] = useState<string | null>(null);
  const shown = useAttribution();
  const save = async (format: 'svg' | 'png'): Promise<void> => {
    setProblem(null);
    const made = image();
    if (made === null) {
      setProblem(`${what[0]!.toUpperCase()}${what.slice(1)} is not drawn yet; try again in a moment.`);
      return;
    }
    try {
      const svg = chartSvgText({ ...made, credits: [...new Set([...shown, ...(made.credits ?? [])])] });
      const blob = format === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await chartPng(svg, 2);
      saveBlob(blob, `${name}.${format}`);
    } catch (error) {
      setProblem(`The ${format.toUpperCase()} could not be made: ${(error as Error).message}.`);
    }
  };
  return (
    <div class="image-downloads" data-print="hide">
      {(['svg', 'png'] as const).map((format) => (
        <button key={format} type="button" class="button-secondary" onClick={() => void save(format)}>
          Download as {format.toUpperCase()}
          <span class="visually-hidden">: {what}</span>
        </button>
      ))}
      {problem !== null && (
        <p class="image-downloads-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
