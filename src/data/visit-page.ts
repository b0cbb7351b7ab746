/**
 * What a focused or monitoring visit's page (/inspections/<id>/) says about the visit itself, in
 * place of the national tables an inspection's page carries: what the visit looked at (its theme
 * and what such a visit is, from the glossary), the letter Ofsted wrote, a line of findings where
 * an editor's write-up has one, and the period our visit data covers. Pure: computed from the
 * Dataset and the write-up's frontmatter.
 */
import type { Dataset, Inspection } from './types';
import { FRAMEWORK } from './vocabulary';
import { GLOSSARY } from './reader-words';
import { formatMonth } from './format';
import { VISIT_FRAMEWORKS, visitCoverage } from './queries';
import { councilName, glossaryAnchor } from './inspection-pages';

export interface VisitPage {
  /** "Monitoring visit", "Focused visit". */
  kind: string;
  /** The theme Ofsted gave the visit, as a sentence; null where the data has none. */
  lookedAt: string | null;
  /** What such a visit is (the glossary's words) and where the glossary explains it. */
  meaning: string;
  glossaryPath: string;
  /** The letter: its own PDF where the data has it, else the council's Ofsted page listing it. */
  letter: { url: string; label: string; note: string | null };
  /** One line of what the inspectors found (the write-up's first summary point, else its standfirst); null where we have none. */
  findings: string | null;
  /** The period our visit data covers, as a sentence; null when the data holds no visits. */
  coverage: string | null;
}

/** The write-up fields a visit page reads. */
interface WriteUpLines {
  standfirst: string;
  summary?: readonly string[] | undefined;
}

/** True for a focused or monitoring visit. */
export function isVisit(i: Inspection): boolean {
  return VISIT_FRAMEWORKS.has(i.framework);
}

/** The visit page's words, or null when `i` is not a visit. */
export function visitPage(data: Dataset, i: Inspection, writeUp?: WriteUpLines): VisitPage | null {
  if (!isVisit(i)) return null;
  const name = councilName(data, i.authority);
  const kind = FRAMEWORK[i.framework].chartName;
  const entry = GLOSSARY.find((g) => g.frameworks?.includes(i.framework));
  const ofstedPage = data.authorities.get(i.authority)?.ofstedUrl;
  const letter = i.reportUrl.startsWith('https://files.ofsted.gov.uk/')
    ? { url: i.reportUrl, label: 'Ofsted’s letter (PDF)', note: null }
    : i.reportUrl === ofstedPage
      ? {
          url: i.reportUrl,
          label: `Ofsted’s page for ${name}`,
          note: 'It lists every report and letter on the council, this one by its date; our data does not hold the letter’s own address.',
        }
      : { url: i.reportUrl, label: 'The letter', note: null };
  const theme = i.theme?.trim();
  const cover = visitCoverage(data);
  return {
    kind,
    lookedAt: theme ? `The inspectors looked at ${theme.charAt(0).toLowerCase()}${theme.slice(1)}.` : null,
    meaning: entry?.meaning ?? '',
    glossaryPath: `/glossary/#${glossaryAnchor(i.framework)}`,
    letter,
    findings: writeUp?.summary?.[0] ?? (writeUp ? writeUp.standfirst : null),
    coverage: cover
      ? `Our data holds focused and monitoring visits that began between ${formatMonth(cover.from)} and ${formatMonth(cover.to)}; earlier and later visits are not in it.`
      : null,
  };
}
