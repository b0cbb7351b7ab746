/**
 * The header rows each publisher's file is known to have: every table an importer reads, with
 * each layout the publisher has used, names in order (as in the files; whitespace is normalised
 * when compared). A file whose header is none of these stops the import, naming the file, the
 * closest expected header and the header found (`lib/header-check.ts`).
 *
 * When a publisher changes a layout, add the new one here as another variant (and teach its reader
 * any renamed column); never loosen the check.
 */
import type { HeaderLayout } from './lib/header-check';

const ILACS_GRADES = [
  'Overall effectiveness',
  'The impact of leaders on social work practice with children and families',
  'The experiences and progress of children who need help and protection',
  'The experiences and progress of children in care',
  'The experiences and progress of care leavers',
] as const;

const sif = (p: string) => [
  `${p} Overall Judgement (OE)`,
  `${p} children who need help and protection`,
  `${p} children looked after and achieving permanence`,
  `${p} CLA Sub: Adoption Performance`,
  `${p} CLA Sub: Experiences and progress of care leavers`,
  `${p} leadership, management and governance`,
];

/** Columns A to AF of the 2023 wide sheet: the frameworks before ILACS, the same in both tables. */
const BEFORE_ILACS_2023 = [
  'Web link',
  'Local authority name',
  'LA region',
  'LA Authority Type',
  'Safeguarding & Looked After Children (SLAC) Inspection publication date',
  'SLAC Safeguarding Overall effectiveness (OE)',
  'SLAC Looked After Children Overall Effectiveness (OE)',
  'SLAC re-inspection of Safeguarding publication date',
  'SLAC re-inspection Safeguarding OE',
  'SLAC re-inspection of services for Children Looked After publication date',
  'SLAC re-inspection of services Children Looked After OE',
  'Child Protection Inspections (CPI) publication date',
  'CPI Overall Effectiveness (OE)',
  'Child Protection Re-Inspection (CPRI) publication date',
  'CPRI Overall Effectiveness (OE)',
  'Targeted Looked After Children (TLAC) inspection publication date',
  'TLAC Overall Effectiveness (OE)',
  "Single Inspection of LA Children's Services (SIF) First SIF publication date",
  ...sif('First SIF'),
  'LSCB Overall Effectiveness',
  "Single Inspection of LA Children's Services (SIF) SIF Re-inspection publication date",
  ...sif('SIF Re-inspection'),
];

const ilacs2023 = (p: string, inCare: readonly string[]) => [
  `${p} inspection type`,
  `${p} publication date`,
  `${p} overall effectiveness`,
  `${p} impact of leaders`,
  `${p} experiences and progress of children who need help and protection`,
  ...inCare.map((x) => `${p} experiences and progress of ${x}`),
];

/** The columns an Explore Education Statistics download begins with: the period, the level, England. */
const EES_NATIONAL = ['time_period', 'time_identifier', 'geographic_level', 'country_code', 'country_name'];

/** The same, then the region: the first columns of an EES download by region and council. */
export const EES_REGIONAL = [...EES_NATIONAL, 'region_code', 'region_name'];

export const INPUT_HEADERS = {
  /** LA_Inspection_Outcomes_as_at_31_March_2025.ods, sheet Inspections_as_at_31_March. */
  outcomesLatest: [
    {
      name: 'March 2025 release',
      columns: [
        'Web link',
        'Local authority area code',
        'Local authority name',
        'Ofsted region',
        'Inspection date',
        'Publication date',
        ...ILACS_GRADES,
      ],
    },
  ],
  /** The same file, sheet In-year_inspections. */
  outcomesInYear: [
    {
      name: 'March 2025 release',
      columns: [
        'Web link',
        'Local authority area code',
        'Local authority name',
        'Region',
        'Inspection/Visit date',
        'Publication date',
        'Inspection/Visit type',
        ...ILACS_GRADES,
        'Visit Theme',
      ],
    },
  ],
  /** The same file, sheet ILACS_inspection_history. */
  outcomesHistory: [
    {
      name: 'March 2025 release',
      columns: [
        'Web link',
        'Local authority area code',
        'Local authority name',
        'Local authority status',
        'Ofsted region',
        'Inspection date',
        'Publication date',
        'Inspection type',
        ...ILACS_GRADES,
      ],
    },
  ],
  /**
   * Childrens_social_care_in_England_2023_underlying_data.ods, sheet LA_inspections_2009-2023: two
   * tables. Current councils have a first and a second ILACS; "Table 11", the councils that no
   * longer exist, has one ILACS block, named without "First".
   */
  history2023: [
    {
      name: 'current councils',
      columns: [
        ...BEFORE_ILACS_2023,
        ...ilacs2023('First ILACS framework', ['children in care and care leavers']),
        ...ilacs2023('Second ILACS framework', ['children in care', 'care leavers']),
      ],
    },
    {
      name: 'former councils (Table 11)',
      columns: [...BEFORE_ILACS_2023, ...ilacs2023('ILACS framework', ['children in care and care leavers'])],
    },
  ],
  /** ofsted_csc_ilacs_overview.xlsx (and its .csv export), from the ofsted-ilacs-scrape-tool. */
  community: [
    {
      name: 'scrape tool export',
      columns: [
        'urn',
        'la_code',
        'region_code',
        'ltla23cd',
        'stat_neighbours',
        'stat_neighbour_judgement',
        'local_authority',
        'inspection_link',
        'overall_effectiveness_grade',
        'inspection_framework',
        'inspector_name',
        'inspection_start_date',
        'inspection_end_date',
        'publication_date',
        'local_link_to_all_inspections',
        'impact_of_leaders_grade',
        'help_and_protection_grade',
        'in_care_grade',
        'care_leavers_grade',
        'inspectors_inspections_count',
      ],
    },
  ],
  /** DfE la_care_leavers_activity.csv (Explore Education Statistics). */
  careLeavers: [
    {
      name: 'EES download',
      columns: [
        ...EES_REGIONAL,
        'old_la_code',
        'la_name',
        'new_la_code',
        'care_leaver_age',
        'breakdown',
        'care_leaver_count',
        'care_leaver_percent',
      ],
    },
  ],
  /** DfE national_cla_adopted_average_time_between_adoption_process_stages.csv (EES). */
  adoptionStages: [
    {
      name: 'EES download',
      columns: [...EES_NATIONAL, 'cla_group', 'stage_of_adoption_process', 'age_start_poc', 'number'],
    },
  ],
  /**
   * ONS LTLA-UTLA_Apr23_Lookup_England-Wales.csv (UTF-8 BOM): each district, borough or unitary
   * area (LTLA) of England and Wales with its upper-tier council (UTLA), names in English and Welsh.
   */
  ltlaLookup: [
    {
      name: 'April 2023 lookup',
      columns: ['LTLA23CD', 'LTLA23NM', 'LTLA23NMW', 'UTLA23CD', 'UTLA23NM', 'UTLA23NMW', 'ObjectId'],
    },
  ],
  /**
   * DfE New_Statistical_Neighbour_Groupings_April_2021.csv: "SNP" (the closeness band) after each
   * of the ten neighbours, and a trailing empty column (every line ends with a comma).
   */
  neighbours: [
    {
      name: 'April 2021 groupings',
      columns: [
        'LA num',
        'LA Name',
        'LA number',
        'GOInd',
        'GOReg',
        ...Array.from({ length: 10 }, (_, k) => [`SN${k + 1}`, 'SNP']).flat(),
        '',
      ],
    },
  ],
} as const satisfies Record<string, readonly HeaderLayout[]>;
