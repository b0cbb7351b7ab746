/**
 * The sources rows cite (`data/sources.csv`): the Ofsted releases (from their Cover sheets), the
 * DfE releases, and each Ofsted report PDF a community row is taken from.
 */
import { MONTH_NAMES } from '../../src/config/month-names';
import type { CsvRecord } from './lib/csv-out';
import type { CoverInfo } from './lib/table-reader';

const LICENCE = 'OGL-UK-3.0';

/** A council's page on Ofsted's reports site, by its old LA number. */
export const OFSTED_URL = (la: number) => `https://reports.ofsted.gov.uk/provider/44/${la}`;
export const FALLBACK_RELEASE_URL =
  'https://www.gov.uk/government/collections/childrens-social-care-statistics';

/**
 * The two Ofsted official statistics releases, their ids carrying the year their covers give
 * (the outcomes' title "... as at 31 March yyyy", the underlying data's policy area "... England
 * yyyy"). Null, with the problem said, when a cover does not give its year.
 */
export function ofstedReleases(
  cover2025: CoverInfo,
  cover2023: CoverInfo,
  problem: (message: string) => void,
): { year2025: string; release2025: CsvRecord; release2023: CsvRecord } | null {
  const year2025 = /31 March (\d{4})/.exec(cover2025.title)?.[1];
  const year2023 = /England (\d{4})/.exec(cover2023.policyArea)?.[1];
  if (!year2025)
    problem(
      `outcomes file, sheet "Cover": title "${cover2025.title}" does not give the date of the outcomes; expected "... as at 31 March yyyy"`,
    );
  if (!year2023)
    problem(
      `2023 underlying data, sheet "Cover": policy area "${cover2023.policyArea}" does not give the year; expected "... England yyyy"`,
    );
  if (!year2025 || !year2023) return null;
  return {
    year2025,
    release2025: {
      id: `ofsted-la-outcomes-${year2025}`,
      publisher: 'Ofsted',
      title: cover2025.title,
      url: cover2025.releaseUrl ?? FALLBACK_RELEASE_URL,
      date: cover2025.published,
      licence: LICENCE,
    },
    release2023: {
      id: `ofsted-csc-${year2023}`,
      publisher: 'Ofsted',
      title: `${cover2023.policyArea}: underlying data`,
      url: cover2023.releaseUrl ?? FALLBACK_RELEASE_URL,
      date: cover2023.published,
      licence: LICENCE,
    },
  };
}

/** An Ofsted report PDF (`https://files.ofsted.gov.uk/v1/file/<number>`), for a community row. */
export function ofstedReport(
  fileNo: string,
  council: string,
  url: string,
  published: string | null,
): CsvRecord {
  return {
    id: `ofsted-report-${fileNo}`,
    publisher: 'Ofsted',
    title: `${council}: inspection of local authority children's services`,
    url,
    date: published,
    licence: LICENCE,
  };
}

/**
 * The Explore Education Statistics release "Children looked after in England including
 * adoptions" that the care-leaver and adoption-stage files come from, for the last reporting
 * year the file holds. The files carry no date: it is given with an option, or remembered from
 * `data/sources.csv` (see `release-dates.ts`).
 */
export function claSource(lastYear: number, date: string): CsvRecord {
  return {
    id: `dfe-cla-${lastYear}`,
    publisher: 'Department for Education',
    title: `Children looked after in England including adoptions: reporting year ${lastYear}`,
    url: 'https://explore-education-statistics.service.gov.uk/find-statistics/children-looked-after-in-england-including-adoptions',
    date,
    licence: LICENCE,
  };
}

const MONTHS = MONTH_NAMES;

/**
 * The statistical neighbour groupings, named by their file (`..._Groupings_April_2021.csv`):
 * the DfE published the CSV with its Local Authority Interactive Tool (LAIT); the name gives
 * only a month, so its first day stands for the date. Null when the name gives no month.
 */
export function neighboursSource(fileName: string): CsvRecord | null {
  const m = new RegExp(`(${MONTHS.join('|')})[_ -](\\d{4})`, 'i').exec(fileName);
  if (!m) return null;
  const month = MONTHS.findIndex((x) => x.toLowerCase() === (m[1] ?? '').toLowerCase());
  const monthName = MONTHS[month] ?? '';
  const year = m[2] ?? '';
  return {
    id: `dfe-statistical-neighbours-${year}`,
    publisher: 'Department for Education',
    title: `Statistical neighbour groupings, ${monthName} ${year}`,
    url: 'https://www.gov.uk/government/publications/local-authority-interactive-tool-lait',
    date: `${year}-${String(month + 1).padStart(2, '0')}-01`,
    licence: LICENCE,
  };
}
