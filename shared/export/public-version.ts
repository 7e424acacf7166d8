import type { Meeting } from '../model/meeting';

/** Whether anything in the meeting is marked confidential (the meeting itself, a section, an item). */
export function hasConfidentialContent(meeting: Meeting): boolean {
  return meeting.confidential || meeting.sections.some((s) => s.confidential || s.items.some((i) => i.confidential));
}

/**
 * The public version of a meeting: domain tables and items marked confidential are left out,
 * and what remains is, by construction, not confidential.
 */
export function publicVersion(meeting: Meeting): Meeting {
  return {
    ...meeting,
    confidential: false,
    sections: meeting.sections
      .filter((section) => !section.confidential)
      .map((section) => ({ ...section, items: section.items.filter((item) => !item.confidential) })),
  };
}
