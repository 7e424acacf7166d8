import { z } from 'zod';
import { IsoDateSchema } from '../model/agenda-details';
import { findStandardSection } from './standard-agenda';

export const NewMeetingSchema = z.object({
  name: z.string().trim().min(1, 'a meeting needs a name'),
  date: IsoDateSchema,
  /** Keys of STANDARD_SECTIONS, in the order the sections are held. */
  domains: z
    .array(z.string().refine((key) => findStandardSection(key) !== undefined, 'unknown domain table'))
    .min(1, 'choose at least one domain table'),
});
export type NewMeeting = z.infer<typeof NewMeetingSchema>;
