/** A Frictionless Data Package describing every CSV download and its fields. */
import type { APIRoute } from 'astro';
import { FILES } from '../../data/dictionary';
import { loadDataset } from '../../data/load';
import { coverage, fileCoverage } from '../../data/coverage';

export const GET: APIRoute = () => {
  const data = loadDataset();
  const pkg = {
    profile: 'tabular-data-package',
    name: 'inspected',
    title: 'Inspected: Ofsted inspections of English councils’ children’s services',
    description:
      `Every Ofsted judgement on English councils’ children’s services since ${coverage(data).firstYear}, care leavers in education, employment or training, and adoption timeliness, derived from Ofsted’s and the DfE’s official downloads.`,
    licenses: [
      { name: 'OGL-UK-3.0', title: 'Open Government Licence v3.0', path: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/' },
    ],
    sources: [...data.sources.values()].map((s) => ({ title: `${s.publisher}: ${s.title}`, path: s.url })),
    resources: FILES.map((f) => ({
      name: f.download.replace(/\.csv$/, ''),
      path: f.download,
      title: f.title,
      description: [f.description, fileCoverage(data, f.key)].filter(Boolean).join(' '),
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      profile: 'tabular-data-resource',
      schema: {
        fields: f.fields.map((x) => ({ name: x.name, type: x.type, description: x.description })),
        missingValues: f.missingValues ?? [''],
        ...(f.primaryKey ? { primaryKey: f.primaryKey } : {}),
      },
    })),
  };
  return new Response(JSON.stringify(pkg, null, 2) + '\n', { headers: { 'Content-Type': 'application/json' } });
};
