import { z } from 'zod';
import { isCalendarDate } from './dates';

export const CALENDAR_DATE_MESSAGE = 'must be a real calendar date YYYY-MM-DD';

export const calendarDate = z.string().refine(isCalendarDate, CALENDAR_DATE_MESSAGE);
