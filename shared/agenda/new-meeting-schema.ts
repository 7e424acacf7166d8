import { z } from 'zod';
import { IsoDateSchema } from '../model/agenda-details';
import { findDomainTable } from './standard-agenda';

export const NewMeetingSchema = z.object({
  name: z.string().trim().min(1, 'a meeting needs a name'),
  date: IsoDateSchema,
  /** Keys of DOMAIN_TABLES, in the order the sections are held. */
  domains: z
    .array(z.string().refine((key) => findDomainTable(key) !== undefined, 'unknown domain table'))
    .min(1, 'choose at least one domain table'),
});
export type NewMeeting = z.infer<typeof NewMeetingSchema>;
