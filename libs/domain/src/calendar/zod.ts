import { z } from 'zod';
import { calendarDateProblem } from './dates';

export const calendarDate = z.string().superRefine((value, context) => {
  const problem = calendarDateProblem(value);
  if (problem) context.addIssue({ code: 'custom', message: problem });
});
