/**
 * Where an inspection's report link goes, and link text that says so: the report PDF where the
 * data holds its address (files.ofsted.gov.uk), else the council's page on Ofsted's reports site,
 * else another page (for example an archived press release), named by its host. Where that other
 * page is the row's source, which the table cites beside it, the table shows the link once.
 */
import { formatDate } from './format';
import type { Dataset, Inspection } from './types';

/** A report PDF on Ofsted's file server. */
const REPORT_PDF = /^https:\/\/files\.ofsted\.gov\.uk\/v1\/file\/\d+$/;

export interface ReportLink {
  href: string;
  kind: 'pdf' | 'ofsted-page' | 'other';
  /** e.g. `Report (PDF), 11 April 2023`, `Ofsted’s page for Haringey`. */
  text: string;
}

export function reportLink(data: Dataset, i: Inspection): ReportLink {
  const href = i.reportUrl;
  if (REPORT_PDF.test(href))
    return {
      href,
      kind: 'pdf',
      text: i.published ? `Report (PDF), ${formatDate(i.published)}` : 'Report (PDF)',
    };
  const council = data.authorities.get(i.authority);
  if (council && (href === council.ofstedUrl || href.startsWith('https://reports.ofsted.gov.uk/provider/')))
    return { href, kind: 'ofsted-page', text: `Ofsted’s page for ${council.name}` };
  return { href, kind: 'other', text: `Page on ${new URL(href).hostname.replace(/^www\./, '')}` };
}
