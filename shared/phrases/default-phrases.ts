import type { Phrase } from './phrase';

/**
 * The usual outcomes as the region's resumés word them (see the 23 February 2023 resumé); each
 * organisation edits them in its settings.
 */
export const DEFAULT_PHRASES: Phrase[] = [
  { id: 'opening-opens', context: 'opening', label: 'Opent de vergadering', text: '{naam} opent de vergadering.' },
  { id: 'opening-agenda', context: 'opening', label: 'Agenda vastgesteld', text: 'De agenda wordt vastgesteld.' },
  { id: 'agenda-adopted', context: 'agenda', label: 'Agenda vastgesteld', text: 'De agenda wordt vastgesteld.' },
  {
    id: 'agenda-reordered',
    context: 'agenda',
    label: 'Volgorde aangepast',
    text: 'De volgorde van de agenda wordt aangepast en daarmee vastgesteld.',
  },
  { id: 'minutes-adopted', context: 'minutes', label: 'Resumé vastgesteld', text: 'Het resumé wordt vastgesteld.' },
  {
    id: 'minutes-addition',
    context: 'minutes',
    label: 'Aanvulling van een gemeente',
    text: '{gemeente} heeft een aanvulling op het resumé: . Daarmee wordt het resumé vastgesteld.',
  },
  { id: 'consent-adopted', context: 'consent', label: 'Conformstukken vastgesteld', text: 'De conformstukken worden vastgesteld.' },
  { id: 'discussion-adopted', context: 'discussion', label: 'Voorstel vastgesteld', text: 'Het portefeuillehoudersoverleg stelt het voorstel vast.' },
  {
    id: 'discussion-proposals-adopted',
    context: 'discussion',
    label: 'Voorstellen vastgesteld',
    text: 'Het portefeuillehoudersoverleg stelt {voorstel} vast.',
  },
  { id: 'discussion-noted', context: 'discussion', label: 'Kennis genomen', text: 'Het portefeuillehoudersoverleg neemt kennis van het voorstel.' },
  {
    id: 'discussion-postponed',
    context: 'discussion',
    label: 'Doorgeschoven',
    text: 'Dit agendapunt wordt doorgeschoven naar het overleg van {datum}.',
  },
  { id: 'discussion-held-over', context: 'discussion', label: 'Aangehouden', text: 'Dit agendapunt wordt aangehouden.' },
  {
    id: 'discussion-adopted-with-change',
    context: 'discussion',
    label: 'Vastgesteld met aanpassing',
    text: 'Het portefeuillehoudersoverleg stelt het voorstel vast met de volgende aanpassing: ',
  },
  { id: 'aob-none', context: 'any-other-business', label: 'Geen', text: 'Geen.' },
  { id: 'aob-no-points', context: 'any-other-business', label: 'Geen punten', text: 'Geen punten.' },
  { id: 'arrival', context: 'arrival', label: 'Sluit aan', text: '{naam} ({gemeente}) sluit aan vanaf agendapunt {agendapunt}.' },
  { id: 'departure', context: 'departure', label: 'Vertrekt', text: '{naam} ({gemeente}) verlaat de vergadering na agendapunt {agendapunt}.' },
];
