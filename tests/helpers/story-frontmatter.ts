/**
 * Frontmatter of the fixture stories (plain text, no dataset loaded, so the pipeline tests can use
 * it too): a story about the fixture's Havering inspection, and the fields of one about Haringey.
 */

/**
 * The fields that tie a story or write-up to the fixture's Havering inspection, with its source
 * (and to other councils, each with an inspection of theirs, when given).
 */
export function haveringFields(
  others: readonly (readonly [authority: string, inspection: string])[] = [],
): string {
  const authorities = ['havering', ...others.map(([a]) => a)];
  const inspections = ['havering-2024-02-16-ilacs-standard', ...others.map(([, i]) => i)];
  return `authorities: [${authorities.join(', ')}]
inspections: [${inspections.join(', ')}]
tags: [havering]
byline: "Inspected data team"
sources:
  - publisher: "Ofsted"
    title: "Havering: inspection of children's services"
    url: "https://files.ofsted.gov.uk/v1/file/50239788"
    date: 2024-02-16
`;
}

/** A story's frontmatter on Havering's inadequate rating, with these fields tying it to its inspection. */
export function haveringStoryFront(fields = haveringFields()): string {
  return `---
title: "Havering rated inadequate"
standfirst: "Ofsted found widespread failings in Havering's children's services."
published: 2024-02-20
${fields}draft: false
---
`;
}

/** A Haringey story's fields after its standfirst (and before `draft`), naming these inspections and a placeholder source. */
export function haringeyFields(inspections = ''): string {
  return `published: 2024-03-01
authorities: [haringey]
inspections: [${inspections}]
tags: [haringey]
byline: "Inspected data team"
sources: [{publisher: "Ofsted", title: "A report", url: "https://example.org/report", date: 2024-03-01}]
`;
}
