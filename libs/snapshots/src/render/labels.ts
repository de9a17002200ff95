import type { DeadlineType, LocalizedText } from '@pacta/domain';

/** Finnish first, then Swedish where the text has it, then English: how snapshots and the calendar show a name. */
export function inTheirLanguages(text: LocalizedText): string {
  return [text.fi, text.sv, text.en].filter(Boolean).join(' / ');
}
/** Finnish first, English alongside: the snapshot is read aloud in Finnish meetings and filed for auditors. */
export interface Label {
  fi: string;
  en: string;
}

const label = (fi: string, en: string): Label => ({ fi, en });

export const STATUS_LABELS: Record<string, Label> = {
  draft: label('Luonnos', 'Draft'),
  'in-approval': label('Hyväksyttävänä', 'In approval'),
  approved: label('Hyväksytty', 'Approved'),
  signed: label('Allekirjoitettu', 'Signed'),
  'in-force': label('Voimassa', 'In force'),
  expired: label('Päättynyt', 'Expired'),
  terminated: label('Irtisanottu', 'Terminated'),
};

export const KIND_LABELS: Record<string, Label> = {
  framework: label('Puitesopimus', 'Framework agreement'),
  'family-centre': label('Perhekeskusyhteistyö', 'Family-centre cooperation'),
  'family-law': label('Perheoikeudelliset palvelut', 'Family-law services'),
};

export const ROLE_LABELS: Record<string, Label> = {
  host: label('Isäntä', 'Host'),
  participant: label('Osapuoli', 'Participant'),
  coordinator: label('Koordinaattori', 'Coordinator'),
};

export const PARTY_TYPE_LABELS: Record<string, Label> = {
  municipality: label('Kunta', 'Municipality'),
  'joint-municipal-authority': label('Kuntayhtymä', 'Joint municipal authority'),
  'wellbeing-services-county': label('Hyvinvointialue', 'Wellbeing services county'),
  'regional-council': label('Maakunnan liitto', 'Regional council'),
  parish: label('Seurakunta', 'Parish'),
  association: label('Yhdistys', 'Association'),
  'state-agency': label('Valtion virasto', 'State agency'),
  company: label('Yhtiö', 'Company'),
};

export const OBLIGATION_TYPE_LABELS: Record<string, Label> = {
  'provide-premises': label('Tilat', 'Premises'),
  fund: label('Rahoitus', 'Funding'),
  'provide-staff': label('Henkilöstö', 'Staff'),
  'produce-service': label('Palvelun tuottaminen', 'Service'),
  'pay-cost-share': label('Kustannusosuus', 'Cost share'),
  'appoint-representative': label('Edustajan nimeäminen', 'Representative'),
  coordinate: label('Koordinointi', 'Coordination'),
  communicate: label('Viestintä', 'Communication'),
  'assess-impact': label('Vaikutusten arviointi', 'Impact assessment'),
  participate: label('Osallistuminen', 'Participation'),
  'administrative-change': label('Hallinnollinen muutos', 'Administrative change'),
  'transfer-of-undertaking': label('Liikkeenluovutus', 'Transfer of undertaking'),
  'review-and-update': label('Arviointi ja päivitys', 'Review and update'),
  other: label('Muu', 'Other'),
};

export const FINDING_LABELS: Record<string, Label> = {
  met: label('Toteutunut', 'Met'),
  'partly-met': label('Osittain toteutunut', 'Partly met'),
  'not-met': label('Ei toteutunut', 'Not met'),
  'not-assessed': label('Ei arvioitu', 'Not assessed'),
};

export const OUTCOME_LABELS: Record<string, Label> = {
  approved: label('Hyväksytty', 'Approved'),
  rejected: label('Hylätty', 'Rejected'),
  tabled: label('Pantiin pöydälle', 'Tabled'),
  returned: label('Palautettiin valmisteltavaksi', 'Returned for preparation'),
  'proposed-to-higher-body': label('Esitetään ylemmälle toimielimelle', 'Proposed to a higher body'),
};

export const AUTHORITY_LABELS: Record<string, Label> = {
  position: label('Aseman perusteella', 'By position'),
  'signing-right': label('Nimenkirjoitusoikeus', 'Signing right'),
  mandate: label('Valtuutus', 'Mandate'),
};

export const METHOD_LABELS: Record<string, Label> = {
  electronic: label('Sähköinen', 'Electronic'),
  paper: label('Paperi', 'Paper'),
};

const DEADLINE_LABELS: Record<DeadlineType, Label> = {
  'review-due': label('Vuosikatselmus erääntyy', 'Annual review due'),
  'obligation-due': label('Kertaluonteinen velvoite erääntyy', 'One-off obligation due'),
  'term-ends': label('Sopimuskausi päättyy', 'Term ends'),
  'party-joins': label('Osapuoli liittyy', 'Party joins'),
  'withdrawal-effective': label('Irtautuminen voimaan', 'Withdrawal takes effect'),
  'termination-effective': label('Irtisanominen voimaan', 'Termination takes effect'),
};

export const EVENT_LABELS: Record<string, Label> = {
  AgreementDrafted: label('Sopimusluonnos laadittu', 'Agreement drafted'),
  DraftRevised: label('Luonnosta muutettu', 'Draft revised'),
  BoardDecisionRecorded: label('Toimielimen päätös', 'Board decision'),
  SignatureRecorded: label('Allekirjoitus', 'Signature'),
  VersionEnteredIntoForce: label('Versio voimaan', 'Version entered into force'),
  PartyJoined: label('Osapuoli liittyi', 'Party joined'),
  PartyWithdrew: label('Osapuoli irtautui', 'Party withdrew'),
  AnnualReviewRecorded: label('Vuosikatselmus', 'Annual review'),
  ObligationFulfilled: label('Velvoite täytetty', 'Obligation fulfilled'),
  AgreementTerminated: label('Sopimus irtisanottu', 'Agreement terminated'),
  FactCorrected: label('Kirjausta korjattu', 'Record corrected'),
};

export const ALL_LABELS = {
  status: STATUS_LABELS,
  kind: KIND_LABELS,
  role: ROLE_LABELS,
  partyType: PARTY_TYPE_LABELS,
  obligationType: OBLIGATION_TYPE_LABELS,
  finding: FINDING_LABELS,
  outcome: OUTCOME_LABELS,
  authority: AUTHORITY_LABELS,
  method: METHOD_LABELS,
  deadline: DEADLINE_LABELS as Record<string, Label>,
  event: EVENT_LABELS,
};

export type LabelGroup = keyof typeof ALL_LABELS;

/** An unknown code (a kind added later, say) is shown as itself in both languages rather than dropped. */
export function labelOf(group: LabelGroup, code: string): Label {
  return ALL_LABELS[group][code] ?? { fi: code, en: code };
}
