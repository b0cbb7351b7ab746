import type { Inspection } from './types';
import { eventDate } from './vocabulary';

/** An inspection's date (`eventDate`: published, else its last or first day) as text; '' when the source gives none. */
export const eventDateText = (i: Pick<Inspection, 'published' | 'endDate' | 'startDate'>): string =>
  eventDate(i) ?? '';
