/**
 * Publication dates of releases whose files carry none (the DfE's CSV downloads). A row cites the
 * release of the file it was read from: its id and title come from the file (its last year, its
 * name), and its date is given once, on the command line (`--released=<source id>:<yyyy-mm-dd>`),
 * then remembered in `data/sources.csv`, where every later import finds it. A release with no
 * date either way stops the import and says which option to give, so no row cites last year's
 * release.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';

export class ReleaseDates {
  constructor(
    /** Dates given on the command line, by source id. */
    readonly given: ReadonlyMap<string, string> = new Map(),
    /** Dates of the sources already in `data/sources.csv`, by source id. */
    readonly known: ReadonlyMap<string, string> = new Map(),
  ) {}

  /** The publication date of release `id`, or undefined when neither given nor known. */
  date(id: string): string | undefined {
    return this.given.get(id) ?? this.known.get(id);
  }

  /** What to do when `date(id)` is undefined, for messages. */
  static help(id: string): string {
    return `its publication date, given once with --released=${id}:yyyy-mm-dd (then kept in data/sources.csv)`;
  }

  /** Dates remembered in a data folder's `sources.csv` (none if it has none). */
  static fromDataDir(dataDir: string, given: ReadonlyMap<string, string> = new Map()): ReleaseDates {
    const path = join(dataDir, 'sources.csv');
    const known = new Map<string, string>();
    if (existsSync(path))
      for (const r of csvParse(readFileSync(path, 'utf8')))
        if (r['id'] && r['date']) known.set(r['id'], r['date']);
    return new ReleaseDates(given, known);
  }
}

export const NO_RELEASE_DATES = new ReleaseDates();
