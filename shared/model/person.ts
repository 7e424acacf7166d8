import { z } from 'zod';
import { ATTENDANCE_STATUSES } from './vocabulary';

export { ATTENDANCE_STATUSES };

/** Someone in the people directory: an alderman, a guest, an official. */
export const PersonSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  municipality: z.string().default(''),
  portfolios: z.array(z.string()).default([]),
  email: z.string().default(''),
});
export type Person = z.infer<typeof PersonSchema>;

export const AttendanceStatusSchema = z.enum(ATTENDANCE_STATUSES);
export type AttendanceStatus = z.infer<typeof AttendanceStatusSchema>;

/**
 * One person's attendance at one meeting. Name, municipality and portfolios are copied from
 * the directory when picked, so a meeting file stays complete on its own (CLI export, sync).
 */
export const AttendanceSchema = z.object({
  id: z.string().min(1),
  personId: z.string().optional(),
  name: z.string().min(1),
  municipality: z.string().default(''),
  portfolios: z.array(z.string()).default([]),
  status: AttendanceStatusSchema,
  /** Agenda item from which the person joined (late arrival); absent means from the start. */
  fromItemId: z.string().optional(),
  /** Agenda item after which the person left; absent means until the end. */
  untilItemId: z.string().optional(),
  /**
   * In what capacity, when the resumé says so ("toehoorder"). An attendee recorded by role rather
   * than by name ("een raadslid uit Blaricum") has that description as its name and no personId.
   */
  capacity: z.string().optional(),
});
export type Attendance = z.infer<typeof AttendanceSchema>;
