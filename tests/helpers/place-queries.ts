/**
 * Place queries and the council each must put first, shared by the unit test of matchPlaces
 * (tests/data/match-places.test.ts, every query) and the browser test of the search page
 * (tests/browser/search-places.test.ts, one of each kind end to end).
 */

type Kind = 'name' | 'alias' | 'district' | 'typo';
/** Query, the council whose page must come first, and what the query is. */
export const PLACE_QUERIES: [query: string, council: string, kind: Kind][] = [
  ['Haringey', 'haringey', 'name'],
  ['Havering', 'havering', 'name'],
  ['Essex', 'essex', 'name'],
  ['Kent', 'kent', 'name'],
  ['Manchester', 'manchester', 'name'],
  ['Birmingham', 'birmingham', 'name'],
  ['Cornwall', 'cornwall', 'name'],
  ['City of London', 'city-of-london', 'name'],
  ['North Yorkshire', 'north-yorkshire', 'name'],
  ['Telford and Wrekin', 'telford-and-wrekin', 'name'],
  ['Hammersmith & Fulham', 'hammersmith-and-fulham', 'name'],
  ['stoke on trent', 'stoke-on-trent', 'name'],
  ['Essex County Council', 'essex', 'name'],
  ['County Durham', 'durham', 'name'],
  ['Bristol', 'bristol', 'name'],
  ['Bristol, City of', 'bristol', 'name'],
  ['Durham', 'durham', 'name'],
  ['Hull', 'kingston-upon-hull', 'alias'],
  ['Southend', 'southend-on-sea', 'alias'],
  ['Kingston', 'kingston-upon-thames', 'alias'],
  ['Richmond', 'richmond-upon-thames', 'alias'],
  ['Saint Helens', 'st-helens', 'alias'],
  ['St. Helens', 'st-helens', 'name'],
  ['Windsor', 'windsor-and-maidenhead', 'alias'],
  ['Newcastle', 'newcastle-upon-tyne', 'alias'],
  ['Bournemouth', 'bournemouth-christchurch-and-poole', 'alias'],
  ['Harlow', 'essex', 'district'],
  ['Harlow council', 'essex', 'district'],
  ['Dover', 'kent', 'district'],
  ['Tunbridge Wells', 'kent', 'district'],
  ['Cambridge', 'cambridgeshire', 'district'],
  ['Oxford', 'oxfordshire', 'district'],
  ['Norwich', 'norfolk', 'district'],
  ["King's Lynn and West Norfolk", 'norfolk', 'district'],
  ['Exeter', 'devon', 'district'],
  ['Lincoln', 'lincolnshire', 'district'],
  ['Ipswich', 'suffolk', 'district'],
  ['Guildford', 'surrey', 'district'],
  ['Preston', 'lancashire', 'district'],
  ['Watford', 'hertfordshire', 'district'],
  ['Newcastle-under-Lyme', 'staffordshire', 'district'],
  ['Hart', 'hampshire', 'district'],
  ['Haringy', 'haringey', 'typo'],
  ['Manchestr', 'manchester', 'typo'],
  ['Sheffeild', 'sheffield', 'typo'],
  ['Birmingam', 'birmingham', 'typo'],
  ['Norfok', 'norfolk', 'typo'],
  ['Harlw', 'essex', 'typo'],
  ['Lancashre', 'lancashire', 'typo'],
];

/** Queries that name no council: the first result is Pagefind's, not a council put first. */
export const NOT_PLACES = ['adoption', 'care leavers', 'outstanding'];
