/**
 * The open editions as the server holds them: each loaded (through the pipeline's cache) and
 * scored once, on first use, and kept; geometry serialised once per edition and layout; the
 * default uncertainty run computed once per edition.
 */
import type { AreaContext } from '../analysis/areaContext.js';
import type { UncertaintyResult } from '../analysis/uncertainty.js';
import { defaultUncertainty } from '../report/areaInterval.js';
import { SmiError } from '../errors.js';
import { readAreaContexts } from '../pipeline/context.js';
import { loadEditionGeometry, type Layout } from '../pipeline/geometry.js';
import { projectAreas } from '../geo/projectAreas.js';
import { EDITION_IDS, SERIES_YEARS, editionEntry, editionOn, isEditionId, seriesEditionId, seriesYearOf, type EditionId } from '../edition/catalogue.js';
import { trendPlaceByCode, trendPlaces, type TrendPlace } from '../report/trend.js';
import { EDITION_SOURCES, loadEdition } from '../pipeline/editions/index.js';
import { sourceFile } from '../pipeline/manifest.js';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { scoreEdition, type ScoredEdition } from '../report/scoredEdition.js';
import { attribution } from '../report/attribution.js';
import { ApiError } from './apiError.js';


/** How often (at most) a request compares an edition's source files with those it was built from. */
export const SOURCE_CHECK_MS = 1000;

export class EditionStore {
  private readonly scored = new Map<EditionId, Promise<ScoredEdition>>();
  private readonly geometry = new Map<string, Promise<string>>();
  private readonly contextsById = new Map<EditionId, Map<string, AreaContext>>();
  private readonly uncertainties = new Map<EditionId, Promise<UncertaintyResult>>();
  /** Per edition: its source files' sizes and modification times when it was loaded, and when they were last compared. */
  private readonly stamps = new Map<EditionId, { stamp: string; checkedAt: number }>();

  /** "path size mtime" of each source file of the edition ("path missing" for an absent one). */
  private sourceStamp(id: EditionId): string {
    return EDITION_SOURCES[id]
      .map((source) => {
        const path = sourceFile(source).path;
        try {
          const stat = statSync(join(this.dataDir, path));
          return `${path} ${stat.size} ${stat.mtimeMs}`;
        } catch {
          return `${path} missing`;
        }
      })
      .join('\n');
  }

  /** Drops what is kept for the edition when its source files changed since it was loaded (see `edition`). */
  private checkSources(id: EditionId): void {
    const seen = this.stamps.get(id);
    if (seen === undefined || Date.now() - seen.checkedAt < SOURCE_CHECK_MS) return;
    seen.checkedAt = Date.now();
    if (this.sourceStamp(id) === seen.stamp) return;
    this.stamps.delete(id);
    this.scored.delete(id);
    this.uncertainties.delete(id);
    this.contextsById.delete(id);
    for (const key of [...this.geometry.keys()]) if (key.startsWith(`${id}/`)) this.geometry.delete(key);
  }

  constructor(
    readonly dataDir: string,
    /** How the default uncertainty run is computed (the server's store asks its compute pool; a worker's computes it itself). */
    private readonly compute: { defaultUncertainty?: (id: EditionId) => Promise<UncertaintyResult> } = {},
  ) {}

  /** The edition's id, checked: an unknown id is a 404 naming the editions there are. */
  static checkId(id: string): EditionId {
    if (!isEditionId(id)) throw new ApiError(404, `unknown edition "${id}"; choose one of ${EDITION_IDS.join(', ')}.`);
    return id;
  }

  /**
   * The scored edition, loaded on first use and kept while its source files are unchanged: at most
   * once a second a request compares their size and modification time with those seen at load,
   * and a change or a missing file drops everything kept for the edition, so the next load
   * verifies the files' checksums again (and rebuilds, or refuses with the pipeline's message).
   */
  edition(id: EditionId): Promise<ScoredEdition> {
    this.checkSources(id);
    let entry = this.scored.get(id);
    if (entry === undefined) {
      const stamp = this.sourceStamp(id);
      entry = loadEdition(id, { dataDir: this.dataDir }).then((edition) => scoreEdition(edition));
      this.stamps.set(id, { stamp, checkedAt: Date.now() });
      // A failed load is not kept, so a fixed data directory works without a restart.
      entry.catch(() => this.scored.delete(id));
      this.scored.set(id, entry);
    }
    return entry;
  }

  /**
   * The ten years of the series, oldest first, each scored once: every year is `edition(id)`, so
   * it is loaded on first use (one reader of the source files serves the years asked for one
   * after another), kept and dropped like any edition when its files change.
   */
  async series(): Promise<Array<{ year: number; scored: ScoredEdition }>> {
    const years: Array<{ year: number; scored: ScoredEdition }> = [];
    for (const year of SERIES_YEARS) {
      years.push({ year, scored: await this.edition(seriesEditionId(year)) });
      // a year read from the cache is synchronous work (about 40 ms): let the requests that came
      // meanwhile be answered between two years instead of after all ten
      await new Promise((resolve) => setImmediate(resolve));
    }
    return years;
  }

  /**
   * The place a trend is asked for by `code`, any case: a council of 2025 or a 2016 district
   * (which resolves to the council it is now part of); an unknown code is a 404 naming it.
   */
  async trendPlace(code: string): Promise<TrendPlace> {
    const councils = (await this.edition(seriesEditionId(SERIES_YEARS[SERIES_YEARS.length - 1]!))).edition.areas;
    const districts = (await this.edition(editionOn('2016').id as EditionId)).edition.areas;
    const place = trendPlaceByCode(trendPlaces(councils, districts), districts, code);
    if (place === undefined) throw new ApiError(404, `no council of 2025 or district of 2016 with code "${code}"; list the councils at /api/v1/editions/open-latest/areas and the districts at /api/v1/editions/open-2016/areas.`);
    return place;
  }

  /** The edition's TopoJSON as a JSON string, with the map attribution its file requires. */
  geometryJson(id: EditionId, layout: Layout): Promise<string> {
    const key = `${id}/${layout}`;
    let entry = this.geometry.get(key);
    if (entry === undefined) {
      entry = this.edition(id).then((scored) => {
        const geometry = loadEditionGeometry(this.dataDir, editionEntry(id).geography.year, scored.edition.areas, layout);
        const credit = attribution({ sources: [{ attribution: geometry.attribution, publisher: 'Office for National Statistics' }] });
        return JSON.stringify({ ...geometry.topology, source: geometry.file, attribution: credit });
      });
      entry.catch(() => this.geometry.delete(key));
      this.geometry.set(key, entry);
    }
    return entry;
  }

  /** The edition's map projected to SVG paths (src/geo/projectAreas.ts), as a JSON string, made once per edition and layout. */
  pathsJson(id: EditionId, layout: Layout): Promise<string> {
    const key = `${id}/${layout}/paths`;
    let entry = this.geometry.get(key);
    if (entry === undefined) {
      entry = this.edition(id).then((scored) => {
        const geometry = loadEditionGeometry(this.dataDir, editionEntry(id).geography.year, scored.edition.areas, layout);
        const credit = attribution({ sources: [{ attribution: geometry.attribution, publisher: 'Office for National Statistics' }] });
        return JSON.stringify({ ...projectAreas(geometry.topology), source: geometry.file, attribution: credit });
      });
      entry.catch(() => this.geometry.delete(key));
      this.geometry.set(key, entry);
    }
    return entry;
  }

  /** The edition's default uncertainty run (src/report/areaInterval.ts), computed once, on first use, and kept. */
  defaultUncertainty(id: EditionId): Promise<UncertaintyResult> {
    let entry = this.uncertainties.get(id);
    if (entry === undefined) {
      const computeDefault = this.compute.defaultUncertainty;
      entry = this.edition(id).then((scored) => (computeDefault === undefined ? defaultUncertainty(scored) : computeDefault(id)));
      entry.catch(() => this.uncertainties.delete(id));
      this.uncertainties.set(id, entry);
    }
    return entry;
  }

  /** The areas' context (IMD, rural-urban class, coast), read and checksummed once per edition. */
  async contexts(id: EditionId): Promise<Map<string, AreaContext>> {
    let contexts = this.contextsById.get(id);
    if (contexts === undefined) {
      contexts = readAreaContexts(this.dataDir, (await this.edition(id)).edition);
      this.contextsById.set(id, contexts);
    }
    return contexts;
  }

  /**
   * Loads and scores the two single editions now, so that start-up fails early on a bad data
   * directory; with `maps`, projects each one's map and hex layout too, so no request waits for
   * them. The years of the series are loaded when first asked for (their files are verified then).
   */
  async warm(options: { maps?: boolean } = {}): Promise<void> {
    for (const id of EDITION_IDS.filter((edition) => seriesYearOf(edition) === undefined)) {
      try {
        await this.edition(id);
        if (options.maps) for (const layout of ['map', 'hex'] as const) await this.pathsJson(id, layout);
      } catch (error) {
        if (error instanceof SmiError) throw new SmiError(`${id}: ${error.message}`);
        throw error;
      }
    }
  }
}
