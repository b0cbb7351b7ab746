/**
 * Reader-facing wordings: how the site says, in plain English, what the data files say in codes.
 * One list, so every page words the same thing the same way: suppression symbols, importer
 * notes, publishers' short names, link texts, and the glossary of frameworks, grade scales and
 * abbreviations (the /glossary/ page and the first-use links on every page both read it).
 * Nothing here reads files; the glossary's "years in our data" are computed by the page.
 */
import type { NewerPeriod } from './comparable-period';
import type { Framework, OverallGrade } from './vocabulary';
import { formatDate } from './format';
import {
  FRAMEWORK,
  GRADE_LABEL,
  GRADE_ORDER,
  MISSING_VALUES,
  SUPPRESSION_SYMBOLS,
  badgeLabel,
  missingWording,
} from './vocabulary';

/** What each of the DfE's suppression symbols means, as a reader would say it (from the vocabulary). */
export const SUPPRESSION_WORDS: Readonly<Record<string, string>> = Object.fromEntries(
  SUPPRESSION_SYMBOLS.map((s) => [s, MISSING_VALUES[s].reader]),
);

/** A symbol as readers understand it; an unknown symbol is "not published", never a number. */
export const suppressionWords = missingWording;

/** Where the site explains suppression (the methodology on the data page). */
export const SUPPRESSION_HELP_PATH = '/data/#suppression';

/**
 * How far our inspection data goes, said beside every "current" or "latest" grade so that a
 * reader can tell whether a newer inspection may have happened since. `to` is the latest report
 * date in the data (`coverage(data).inspectionsTo`); '' when the data holds no report.
 */
export function reachWords(to: string): string {
  return to
    ? `Our inspection data runs to reports published by ${formatDate(to)}.`
    : 'Our inspection data holds no published report yet.';
}

/**
 * The one phrase for a graded inspection whose overall grade our data does not hold yet (as on
 * Brent's and Somerset's 2026 short inspections): never an older grade in its place. Distinct
 * from frameworks that never give an overall grade (`NO_OVERALL_GRADE_FRAMEWORK`).
 */
export const GRADE_NOT_IN_DATA = 'grade not yet in our data';

/**
 * The badge of a latest grade our data does not hold, under a heading that already says "grade"
 * (`GRADE_NOT_IN_DATA`, where "No grade" would read as no grade given).
 */
export const NOT_IN_DATA_BADGE = 'Not yet in our data';

/** A phrase at the start of a sentence or a table cell: "Grade not yet in our data". */
export const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Inspections whose framework gives no overall grade (the 2009-12 safeguarding and looked after children inspections). */
export const NO_OVERALL_GRADE_FRAMEWORK = 'no overall grade given (two judgements)';

/**
 * Where a row comes from when it rests on the community-maintained list of Ofsted's reports alone
 * (Ofsted's official statistics do not cover it yet). Pages, CSV notes (via `readerText`) and the
 * methodology say this; the report itself is linked beside it.
 */
export const COMMUNITY_LIST_WORDS =
  'From a community-maintained list of Ofsted’s reports (compiled by the Data to Insight project), not from Ofsted’s official statistics, which do not cover it yet.';

/**
 * Importer notes carried in the data, and what a reader is told instead. The left side is
 * matched as a prefix, so a note that goes on after it keeps its remainder.
 */
const COMMUNITY_NOTE =
  /Taken from the community ofsted-ilacs-scrape-tool snapshot \([^)]*\), a secondary source; check against the report\.?/;
const NOTE_REWRITES: readonly (readonly [RegExp, string])[] = [[COMMUNITY_NOTE, COMMUNITY_LIST_WORDS]];

/** Whether a row's importer note says it rests on the community-maintained list alone. */
export function restsOnCommunityList(note: string | null | undefined): boolean {
  return note ? COMMUNITY_NOTE.test(note) : false;
}

/** yyyy-mm-dd dates written in words ("2008-12-01" -> "1 December 2008"). */
function datesInWords(s: string): string {
  return s.replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (m) => formatDate(m) || m);
}

/**
 * Any note from the data, as a reader should read it: importer wording replaced, ISO dates in
 * words, and "(s)" plurals gone. Returns the text unchanged when there is nothing to fix.
 */
export function readerText(note: string): string {
  let s = note;
  for (const [re, words] of NOTE_REWRITES) s = s.replace(re, words);
  // "suppressed (c) — confidential" -> "not published (too few to publish)"
  s = s.replace(
    /\bsuppressed \((c|z|x|u|k|low)\)(?: — [^;.]+)?/g,
    (_m, sym: string) => `not published (${suppressionWords(sym)})`,
  );
  s = s.replace(/\b(\w+)\(s\)/g, '$1s');
  return datesInWords(s);
}

/** Licence codes in words: `OGL-UK-3.0` is the Open Government Licence v3.0. */
export function licenceWords(licence: string): string {
  return licence === 'OGL-UK-3.0' ? 'Open Government Licence v3.0' : licence;
}

/** Short names for publishers in one-line summaries ("Sources: Ofsted, DfE (3)"). */
const PUBLISHER_SHORT: Readonly<Record<string, string>> = {
  'Department for Education': 'DfE',
  'Office for National Statistics': 'ONS',
};

function publisherShort(publisher: string): string {
  return PUBLISHER_SHORT[publisher] ?? publisher;
}

/** "Sources: Ofsted, DfE (3)": distinct publishers in first-seen order, and how many sources. */
export function sourcesSummary(publishers: readonly string[]): string {
  const names = [...new Set(publishers.map(publisherShort))];
  const n = publishers.length;
  return `${n === 1 ? 'Source' : 'Sources'}: ${names.join(', ')}${n > 1 ? ` (${n})` : ''}`;
}

/**
 * What a link to an inspection's document says, from where it points: the council's page on
 * Ofsted's reports site, a report PDF, an archived copy, or another publisher's account.
 */
export function reportLinkText(url: string, councilName: string, published: string | null): string {
  const when = published ? `, ${formatDate(published)}` : '';
  const host = URL.canParse(url) ? new URL(url).hostname : '';
  if (host === 'reports.ofsted.gov.uk') return `Ofsted’s page for ${councilName}`;
  if (host === 'files.ofsted.gov.uk') return `Report (PDF)${when}`;
  if (host === 'webarchive.nationalarchives.gov.uk') return `Ofsted’s announcement (archived copy)${when}`;
  if (host.endsWith('communitycare.co.uk')) return `Community Care’s account of the report${when}`;
  return `Report${when}`;
}

/** Where the glossary's "what usually happens next" comes from: Ofsted's framework for ILACS. */
export const GRADE_GUIDE_SOURCE = {
  publisher: 'Ofsted',
  title: 'Inspecting local authority children’s services from 2018 (the ILACS framework)',
  url: 'https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018',
} as const;

/**
 * What each of Ofsted's four overall grades means, and what usually happens next under ILACS
 * (source: `GRADE_GUIDE_SOURCE`). The glossary's grades entry and the top of every council page
 * read these, so both say the same thing.
 */
export const GRADE_GUIDE: Readonly<Record<OverallGrade, { meaning: string; next: string }>> = {
  outstanding: {
    meaning: `${GRADE_LABEL.outstanding} is Ofsted’s highest grade: children get help, care and protection of exceptional quality.`,
    next: 'Ofsted usually returns for a one-week short inspection about three years later, and may make a focused visit in between.',
  },
  good: {
    meaning: `${GRADE_LABEL.good} means children get consistently good help, care and protection.`,
    next: 'Ofsted usually returns for a one-week short inspection about three years later, and may make a focused visit in between.',
  },
  'requires-improvement': {
    meaning: `${GRADE_LABEL['requires-improvement']} to be good means services are not yet good, but no child is left at widespread or serious risk of harm.`,
    next: 'Ofsted usually returns for a two-week standard inspection about three years later, and may make focused visits in between.',
  },
  inadequate: {
    meaning: `${GRADE_LABEL.inadequate} is Ofsted’s lowest grade: children are, or may be, harmed or not protected.`,
    next: 'Ofsted makes monitoring visits, usually every few months, until it re-inspects the council; the Department for Education often intervenes, with an improvement notice, a statutory direction or a commissioner.',
  },
};

/** A glossary entry. `id` is its anchor on /glossary/. */
export interface GlossaryTerm {
  id: string;
  /** The heading: the name as readers meet it. */
  term: string;
  /** The abbreviation, when the site uses one. */
  abbr?: string;
  /** What the abbreviation stands for (the `<abbr title>`). */
  expansion?: string;
  kind: 'framework' | 'grade' | 'abbreviation' | 'term';
  /** When it applied, in words, where that is a fact of the framework itself. */
  applied?: string;
  /** Frameworks in the data that this entry covers (the page adds the years they appear). */
  frameworks?: readonly Framework[];
  /** Plain English. */
  meaning: string;
  /** The document the meaning rests on, where it states more than a definition. */
  source?: { publisher: string; title: string; url: string };
  /**
   * How the term is written in running text, for first-use links. Case-sensitive; matched on
   * word boundaries. An entry without patterns is listed on /glossary/ but not linked.
   */
  patterns?: readonly string[];
}

/**
 * The entry of an ungraded framework with no abbreviation (a progress report, a visit): headed by
 * its name in the charts, which is also its short name, and linked where running text writes that
 * name, capitalised or not.
 */
function ungradedFramework(framework: Framework, meaning: string, applied?: string): GlossaryTerm {
  const term = FRAMEWORK[framework].chartName;
  return {
    id: framework,
    term,
    kind: 'framework',
    ...(applied ? { applied } : {}),
    frameworks: [framework],
    meaning,
    patterns: [term.toLowerCase(), term],
  };
}

export const GLOSSARY: readonly GlossaryTerm[] = [
  {
    id: 'apa',
    term: 'Annual performance assessment',
    abbr: 'APA',
    expansion: 'annual performance assessment',
    kind: 'framework',
    applied: '2005 to 2008',
    meaning:
      'A yearly rating of each council’s services for children, made by Ofsted mostly from data and documents rather than visits. It graded councils from 1 (inadequate) to 4 (outstanding). It is not in our data.',
    patterns: ['APA', 'annual performance assessment'],
  },
  {
    id: 'jar',
    term: FRAMEWORK.jar.chartName,
    abbr: FRAMEWORK.jar.short,
    expansion: 'joint area review',
    kind: 'framework',
    applied: '2005 to 2009',
    frameworks: ['jar'],
    meaning:
      'An inspection of all the services for children in one council’s area, by Ofsted with other inspectorates. Haringey’s urgent review of November 2008, after the death of Peter Connelly, judged its services for children at risk inadequate.',
    patterns: [FRAMEWORK.jar.short, 'joint area review', FRAMEWORK.jar.chartName],
  },
  ungradedFramework(
    'progress-report',
    'Ofsted’s follow-up on a council that had been judged inadequate, saying how far it had improved. It gives no grade.',
  ),
  {
    id: 'slac',
    term: FRAMEWORK.slac.chartName,
    abbr: FRAMEWORK.slac.short,
    expansion: 'safeguarding and looked after children inspection',
    kind: 'framework',
    applied: '2009 to 2012',
    frameworks: ['slac', 'slac-reinspection'],
    meaning:
      'An inspection every three years with two headline judgements, one for keeping children safe (safeguarding) and one for children in care, and no overall grade. Grades were on the older scale with “adequate”.',
    patterns: [FRAMEWORK.slac.short],
  },
  {
    id: 'cpi',
    term: FRAMEWORK.cpi.chartName,
    abbr: FRAMEWORK.cpi.short,
    expansion: 'child protection inspection',
    kind: 'framework',
    applied: '2012 to 2013',
    frameworks: ['cpi', 'cpri'],
    meaning:
      'An unannounced inspection of how a council protects children at risk of harm, graded on the older scale with “adequate”. A re-inspection (CPRI) followed an inadequate grade.',
    patterns: [
      FRAMEWORK.cpi.short,
      FRAMEWORK.cpri.short,
      'child protection inspection',
      FRAMEWORK.cpi.chartName,
    ],
  },
  {
    id: 'tlac',
    term: FRAMEWORK.tlac.chartName,
    abbr: FRAMEWORK.tlac.short,
    expansion: 'targeted looked after children inspection',
    kind: 'framework',
    frameworks: ['tlac'],
    meaning:
      'An inspection of a council’s services for children in care, graded on the older scale with “adequate”.',
    patterns: [FRAMEWORK.tlac.short, FRAMEWORK.tlac.chartName],
  },
  {
    id: 'sif',
    term: FRAMEWORK.sif.chartName,
    abbr: FRAMEWORK.sif.short,
    expansion: 'single inspection framework',
    kind: 'framework',
    applied: 'November 2013 to 2017',
    frameworks: ['sif', 'sif-reinspection'],
    meaning:
      'Ofsted’s inspection, over several weeks, of a council’s help and protection for children, children in care and care leavers, and leadership, with an overall grade on the four-point scale that introduced “requires improvement to be good”. The Local Safeguarding Children Board was reviewed at the same time.',
    patterns: [FRAMEWORK.sif.short, 'single inspection framework', 'Single inspection'],
  },
  {
    id: 'ilacs',
    term: 'Inspections of local authority children’s services',
    abbr: FRAMEWORK['ilacs-standard'].chartShort,
    expansion: 'inspections of local authority children’s services',
    kind: 'framework',
    applied: 'since January 2018',
    meaning:
      'Ofsted’s current framework. It grades a council through standard or short inspections, and looks in between through ungraded focused and monitoring visits. Since January 2023 children in care and care leavers are judged separately.',
    patterns: [FRAMEWORK['ilacs-standard'].chartShort, 'inspections of local authority children’s services'],
  },
  {
    id: 'ilacs-standard',
    term: 'Standard inspection (ILACS)',
    kind: 'framework',
    applied: 'since January 2018',
    frameworks: ['ilacs-standard'],
    meaning:
      'A two-week ILACS inspection for councils last judged requires improvement or inadequate, with an overall grade and graded judgements on each area.',
    patterns: ['standard inspection'],
  },
  {
    id: 'ilacs-short',
    term: 'Short inspection (ILACS)',
    kind: 'framework',
    applied: 'since January 2018',
    frameworks: ['ilacs-short'],
    meaning:
      'A one-week ILACS inspection for councils last judged good or outstanding, graded the same way as a standard inspection.',
    patterns: ['short inspection'],
  },
  ungradedFramework(
    'focused-visit',
    'A short ILACS visit that looks at one part of a council’s work, such as its “front door” for referrals. Ofsted writes a letter to the council; there is no grade.',
    'since January 2018',
  ),
  ungradedFramework(
    'monitoring-visit',
    'A visit to a council judged inadequate, usually every few months until it is inspected again, to check its progress. There is no grade.',
  ),
  {
    id: 'jtai',
    term: 'Joint targeted area inspection',
    abbr: 'JTAI',
    expansion: 'joint targeted area inspection',
    kind: 'framework',
    applied: 'since 2016',
    meaning:
      'An inspection of how a council, the police and health services work together on one theme, such as neglect, by Ofsted with the other inspectorates. It gives no grade and is not in our data.',
    patterns: ['JTAI', 'joint targeted area inspection'],
  },
  {
    id: 'grades',
    term: 'Grades: outstanding, good, requires improvement, inadequate',
    kind: 'grade',
    applied: 'since November 2013 (SIF and ILACS)',
    source: GRADE_GUIDE_SOURCE,
    meaning: `Ofsted’s four grades, best first. ${GRADE_ORDER.map((g) => `${GRADE_GUIDE[g].meaning} ${GRADE_GUIDE[g].next}`).join(' ')}`,
  },
  {
    id: 'adequate',
    term: `${badgeLabel('adequate')} (the older scale)`,
    kind: 'grade',
    applied: 'until November 2013',
    meaning:
      'The third grade before November 2013, between good and inadequate. Ofsted’s data now writes it as “requires improvement to be good”; we show it as “adequate”, because the two are not the same judgement.',
  },
  {
    id: 'overall-effectiveness',
    term: 'Overall effectiveness',
    kind: 'grade',
    meaning:
      'The single headline grade of a SIF or ILACS inspection, for a council’s children’s services as a whole. A council’s “current grade” on this site is its latest one.',
    patterns: ['overall effectiveness', 'Overall effectiveness'],
  },
  {
    id: 'eet',
    term: 'In education, employment or training',
    abbr: 'EET',
    expansion: 'in education, employment or training',
    kind: 'abbreviation',
    meaning:
      'Care leavers who are studying, working or training, counted by the Department for Education around their 17th to 21st birthdays.',
    patterns: ['EET'],
  },
  {
    id: 'care-leaver',
    term: 'Care leaver',
    kind: 'term',
    meaning:
      'A young person aged 16 to 25 who was in a council’s care for at least 13 weeks after turning 14. The council keeps supporting them after they leave care.',
    patterns: ['care leavers', 'Care leavers', 'care leaver'],
  },
  {
    id: 'looked-after',
    term: 'Looked after children (children in care)',
    kind: 'term',
    meaning: 'Children the council looks after, in foster care, children’s homes or elsewhere.',
    patterns: ['looked after children', 'Looked after children'],
  },
  {
    id: 'statistical-neighbours',
    term: 'Statistical neighbours',
    kind: 'term',
    meaning:
      'The ten councils most like a given council in its population and circumstances, chosen by the Department for Education’s model, so that like can be compared with like.',
    patterns: ['statistical neighbours', 'Statistical neighbours', 'statistical neighbour'],
  },
  {
    id: 'adoption-measures',
    term: 'A10 and A2 (adoption timeliness)',
    abbr: 'A10',
    expansion: 'average days from entering care to moving in with an adoptive family',
    kind: 'abbreviation',
    meaning:
      'The Department for Education’s adoption measures. A10 is the average number of days between a child entering care and moving in with the family that adopts them; A2 is the average number of days between the court’s authority to place a child for adoption and the match with a family.',
    patterns: ['A10', 'A2'],
  },
  {
    id: 'lscb',
    term: 'Local Safeguarding Children Board',
    abbr: 'LSCB',
    expansion: 'Local Safeguarding Children Board',
    kind: 'abbreviation',
    applied: 'until 2019',
    meaning:
      'The body in each area that brought together the council, police and health services to keep children safe. Ofsted reviewed it alongside the SIF inspection. Local safeguarding partnerships replaced the boards in 2019.',
    patterns: ['LSCB', 'Local Safeguarding Children Board'],
  },
  {
    id: 'mash',
    term: 'Multi-agency safeguarding hub',
    abbr: 'MASH',
    expansion: 'multi-agency safeguarding hub',
    kind: 'abbreviation',
    meaning:
      'The team where the council, police and health staff together decide what happens to a referral about a child: the “front door” of children’s services.',
    patterns: ['MASH'],
  },
  {
    id: 'hmi',
    term: 'His or Her Majesty’s Inspector',
    abbr: 'HMI',
    expansion: 'His or Her Majesty’s Inspector',
    kind: 'abbreviation',
    meaning: 'A senior Ofsted inspector. The lead inspector’s name is followed by “HMI” in a report.',
    patterns: ['HMI'],
  },
  {
    id: 'ofsted',
    term: 'Ofsted',
    expansion: 'Office for Standards in Education, Children’s Services and Skills',
    kind: 'abbreviation',
    meaning:
      'The inspectorate that inspects councils’ children’s services in England, as well as schools and children’s homes.',
  },
  {
    id: 'dfe',
    term: 'Department for Education',
    abbr: 'DfE',
    expansion: 'Department for Education',
    kind: 'abbreviation',
    meaning:
      'The government department that publishes the statistics on children in care, care leavers and adoption used here.',
    patterns: ['DfE'],
  },
  {
    id: 'la',
    term: 'Local authority (council)',
    abbr: 'LA',
    expansion: 'local authority',
    kind: 'abbreviation',
    meaning:
      'A council that runs children’s services: a county, unitary, metropolitan district or London borough council. The “LA number” is the Department for Education’s three-digit code for it.',
    patterns: ['LA'],
  },
  {
    id: 'ons',
    term: 'Office for National Statistics',
    abbr: 'ONS',
    expansion: 'Office for National Statistics',
    kind: 'abbreviation',
    meaning: 'The UK’s statistics office. An “ONS code” such as E09000014 identifies a council’s area.',
    patterns: ['ONS'],
  },
  {
    id: 'former-council',
    term: 'Former council',
    kind: 'term',
    meaning:
      'A council that no longer exists because it was merged or split, such as Northamptonshire in 2021. Its history stays on the site; it is left out of current counts and ranks.',
    patterns: ['former council', 'Former council'],
  },
  {
    id: 'suppression',
    term: 'Suppressed figures',
    kind: 'term',
    meaning:
      'Figures the publisher withholds, usually because so few children are counted that they could be identified. We show them as gaps with the reason (for example “too few to publish”), never as zero.',
    patterns: ['suppressed'],
  },
  {
    id: 'ogl',
    term: 'Open Government Licence',
    abbr: 'OGL',
    expansion: 'Open Government Licence',
    kind: 'abbreviation',
    meaning:
      'The licence under which the government’s data may be reused, including on this site, as long as the source is credited.',
    patterns: ['OGL'],
  },
];

/** A list in words (partial releases): "A", "A and B", "A, B and C". */
function listWords(xs: readonly string[]): string {
  return xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1) ?? ''}`;
}

/**
 * Who has a newer period so far, in words: "England, North West and 5 councils (Blackpool,
 * Bolton, Bury, Cumberland and Halton)"; councils are named up to `names` of them.
 */
export function newerAreasWords(n: NewerPeriod, nameOf: (slug: string) => string, names = 10): string {
  const councils =
    n.councils.length === 0
      ? []
      : [
          `${n.councils.length} ${n.councils.length === 1 ? 'council' : 'councils'}${
            n.councils.length <= names ? ` (${listWords(n.councils.map(nameOf))})` : ''
          }`,
        ];
  return listWords([...(n.england ? ['England'] : []), ...n.regions, ...councils]);
}

/**
 * A newer period than the one compared, as a sentence for ranks, compare tables and /data/:
 * "2026 figures are published so far for England, North West and 5 councils (...); 148 current
 * councils do not have them yet."
 */
export function newerPeriodWords(n: NewerPeriod, nameOf: (slug: string) => string): string {
  return `${n.period} figures are published so far for ${newerAreasWords(n, nameOf)}; ${n.lacking} current ${n.lacking === 1 ? 'council does' : 'councils do'} not have them yet.`;
}

/** Why national comparisons use an older period than the newest, in words. */
export const COMPARABLE_PERIOD_WORDS =
  'National comparisons use the latest period with figures for at least 90% of current councils.';

/** A council's chart, when a newer period is published so far for other areas only. */
export function notYetWords(n: NewerPeriod, nameOf: (slug: string) => string, council: string): string {
  return `${n.period} figures are published so far for ${newerAreasWords(n, nameOf)}; not yet for ${council}, so this chart stops before ${n.period}.`;
}

/** A council's chart, when the council has a newer period that one of the chart's other areas lacks. */
export function areaNotYetWords(area: string, period: string): string {
  return `${area}: no ${period} figures published yet; shown as a gap.`;
}

/**
 * How a sorted table says its order, first press then second (public/sort-table.js reads them
 * from each sortable heading's data-order, "first|second"): names, grades, dates and figures.
 */
export const SORT_ORDER_WORDS = {
  name: 'A to Z|Z to A',
  grade: 'outstanding first|inadequate first',
  date: 'oldest first|newest first',
  figure: 'lowest first|highest first',
} as const;
