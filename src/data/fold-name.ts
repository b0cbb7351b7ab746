/**
 * A name folded for comparing or for an address: accents dropped, lower case, `&` read as
 * ` and `. Both the place search's key (placeNameKey) and the importers' council slugs start here.
 */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ');
}
