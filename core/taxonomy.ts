/** The small diplomatic taxonomy every event and participant is classified by, labelled in both languages. */
export type Lang = 'fr' | 'en';
export const LANGS = ['fr', 'en'] as const;
type Labels = Record<Lang, string>;

export const EVENT_KINDS = {
  meeting: { en: 'Meeting', fr: 'Réunion' },
  consultation: { en: 'Consultations', fr: 'Consultations' },
  visit: { en: 'Visit abroad', fr: 'Visite à l’étranger' },
  hosted_visit: { en: 'Hosted visit', fr: 'Visite reçue' },
  summit: { en: 'Summit', fr: 'Sommet' },
  phone_call: { en: 'Phone call', fr: 'Entretien téléphonique' },
  agreement_signed: { en: 'Agreement signed', fr: 'Accord signé' },
  joint_statement: { en: 'Joint statement', fr: 'Déclaration conjointe' },
  statement: { en: 'Statement', fr: 'Déclaration' },
  conference: { en: 'Conference', fr: 'Conférence' },
  negotiation: { en: 'Negotiation round', fr: 'Cycle de négociations' },
  credentials: { en: 'Credentials presented', fr: 'Lettres de créance' },
  other: { en: 'Other', fr: 'Autre' },
} as const satisfies Record<string, Labels>;
export type EventKind = keyof typeof EVENT_KINDS;
export const EVENT_KIND_IDS = Object.keys(EVENT_KINDS) as [EventKind, ...EventKind[]];

export const PARTICIPANT_ROLES = {
  host: { en: 'Host', fr: 'Hôte' },
  head_of_delegation: { en: 'Head of delegation', fr: 'Chef de délégation' },
  member: { en: 'Delegation member', fr: 'Membre de la délégation' },
  mediator: { en: 'Mediator', fr: 'Médiateur' },
  participant: { en: 'Participant', fr: 'Participant' },
} as const satisfies Record<string, Labels>;
export type ParticipantRole = keyof typeof PARTICIPANT_ROLES;
export const PARTICIPANT_ROLE_IDS = Object.keys(PARTICIPANT_ROLES) as [ParticipantRole, ...ParticipantRole[]];

export const FOLLOW_UP_STATUSES = {
  open: { en: 'Open', fr: 'En cours' },
  done: { en: 'Done', fr: 'Fait' },
  cancelled: { en: 'Cancelled', fr: 'Annulé' },
} as const satisfies Record<string, Labels>;
export type FollowUpStatus = keyof typeof FOLLOW_UP_STATUSES;
export const FOLLOW_UP_STATUS_IDS = Object.keys(FOLLOW_UP_STATUSES) as [FollowUpStatus, ...FollowUpStatus[]];

export function kindLabel(kind: EventKind, lang: Lang): string {
  return EVENT_KINDS[kind][lang];
}

export function roleLabel(role: ParticipantRole, lang: Lang): string {
  return PARTICIPANT_ROLES[role][lang];
}
