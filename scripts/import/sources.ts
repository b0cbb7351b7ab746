/**
 * The sources rows cite (`data/sources.csv`): the Ofsted releases (from their Cover sheets), the
 * DfE releases, and each Ofsted report PDF a community row is taken from.
 */
import type { CsvRecord } from './lib/csv-out';
import type { CoverInfo } from './lib/table-reader';

const LICENCE = 'OGL-UK-3.0';

/** A council's page on Ofsted's reports site, by its old LA number. */
export const OFSTED_URL = (la: number) => `https://reports.ofsted.gov.uk/provider/44/${la}`;
export const FALLBACK_RELEASE_URL =
  'https://www.gov.uk/government/collections/childrens-social-care-statistics';

/** The two Ofsted official statistics releases, their ids carrying the year their covers give. */
export function ofstedReleases(
  cover2025: CoverInfo,
  cover2023: CoverInfo,
): { year2025: string; release2025: CsvRecord; release2023: CsvRecord } {
  const year2025 = /31 March (\d{4})/.exec(cover2025.title)?.[1] ?? '2025';
  const year2023 = /England (\d{4})/.exec(cover2023.policyArea)?.[1] ?? '2023';
  return {
    year2025,
    release2025: {
      id: `ofsted-la-outcomes-${year2025}`,
      publisher: 'Ofsted',
      title: cover2025.title || `Local authority inspection outcomes as at 31 March ${year2025}`,
      url: cover2025.releaseUrl ?? FALLBACK_RELEASE_URL,
      date: cover2025.published,
      licence: LICENCE,
    },
    release2023: {
      id: `ofsted-csc-${year2023}`,
      publisher: 'Ofsted',
      title: `${cover2023.policyArea || `Children's social care data in England ${year2023}`}: underlying data`,
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
 * The Explore Education Statistics release the care-leaver and adoption files come from.
 * Date: the raw README does not give it. The release's open-data API id for its time-series data
 * set (019a9c62-...) is a UUIDv7 stamped 19 November 2025, the day the data set was loaded; DfE
 * releases go live at 9:30 the next morning, 20 November 2025. Check it on the release page.
 */
export const CLA_SOURCE = {
  id: 'dfe-cla-2025',
  publisher: 'Department for Education',
  title: 'Children looked after in England including adoptions: reporting year 2025',
  url: 'https://explore-education-statistics.service.gov.uk/find-statistics/children-looked-after-in-england-including-adoptions',
  date: '2025-11-20',
  licence: LICENCE,
} as const;

/**
 * The statistical neighbour groupings. The DfE published the CSV with its Local Authority
 * Interactive Tool (LAIT); the file names only "April 2021", so the first of the month stands for
 * the date.
 */
export const NEIGHBOURS_SOURCE = {
  id: 'dfe-statistical-neighbours-2021',
  publisher: 'Department for Education',
  title: 'Statistical neighbour groupings, April 2021',
  url: 'https://www.gov.uk/government/publications/local-authority-interactive-tool-lait',
  date: '2021-04-01',
  licence: LICENCE,
} as const;
