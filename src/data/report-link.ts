/**
 * Where an inspection's report link goes, and link text that says so: the report PDF where the
 * data holds its address (files.ofsted.gov.uk), else the council's page on Ofsted's reports site,
 * else the page the row's source gives (for example an archived press release).
 */
import { formatDate } from './format';
import type { Dataset, Inspection } from './types';

/** A report PDF on Ofsted's file server. */
export const REPORT_PDF = /^https:\/\/files\.ofsted\.gov\.uk\/v1\/file\/\d+$/;

export interface ReportLink {
  href: string;
  kind: 'pdf' | 'ofsted-page' | 'other';
  /** e.g. `Report (PDF), 11 April 2023`, `Ofsted’s page for Haringey`. */
  text: string;
}

export function reportLink(data: Dataset, i: Inspection): ReportLink {
  const href = i.reportUrl;
  if (REPORT_PDF.test(href))
    return { href, kind: 'pdf', text: i.published ? `Report (PDF), ${formatDate(i.published)}` : 'Report (PDF)' };
  const council = data.authorities.get(i.authority);
  if (council && (href === council.ofstedUrl || href.startsWith('https://reports.ofsted.gov.uk/provider/')))
    return { href, kind: 'ofsted-page', text: `Ofsted’s page for ${council.name}` };
  const source = data.sources.get(i.source);
  const text =
    source && source.url === href
      ? `${source.publisher}: ${source.title}`
      : `Page on ${new URL(href).hostname.replace(/^www\./, '')}`;
  return { href, kind: 'other', text };
}
