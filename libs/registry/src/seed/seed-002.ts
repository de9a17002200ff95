/**
 * Seed 002: Rantasalmi's decisions on the Etelä-Savo family-centre cooperation agreement 2026–2029. The domain
 * scenario, the e2e test and the demo all run these same commands, so what they show cannot drift apart.
 */
import type { AgreementRequest } from '../agreements/change-agreement';
import type { PartyRequest } from '../parties/change-party';
import { fi, type DraftRequest, type SeedAgreement } from './seed-agreement';
import { assumedThat, sourceIn } from './seed-sources';

export const FAMILY_CENTRE = 'etela-savo-family-centre-2026';
export const ES_COUNTY = 'etela-savon-hyvinvointialue';
export const RANTASALMI = 'rantasalmi';
export const PARISH = 'rantasalmen-seurakunta';
type DecisionRequest = Extract<AgreementRequest, { type: 'RecordDecision' }>;

const HYSIVLTK = sourceIn('002', 'HYSIVLTK 29.09.2025 § 85');
const KHALL = sourceIn('002', 'KHALL 03.11.2025 § 331');

export const SEED_002_PARTIES: PartyRequest[] = [
  { type: 'RegisterParty', partyId: RANTASALMI, name: fi('Rantasalmi'), partyType: 'municipality', source: HYSIVLTK },
  { type: 'RegisterParty', partyId: ES_COUNTY, name: fi('Etelä-Savon hyvinvointialue'), partyType: 'wellbeing-services-county', source: HYSIVLTK },
  {
    type: 'RegisterParty',
    partyId: PARISH,
    name: fi('Rantasalmen seurakunta'),
    partyType: 'parish',
    source: HYSIVLTK,
    assumed: assumedThat('The document speaks of the parish in Rantasalmi; it does not give the parish’s name.'),
  },
];

const MEETING_PLACE = 'rantasalmi-meeting-place';

export const SEED_002_DRAFT: DraftRequest = {
  type: 'DraftAgreement',
  agreementId: FAMILY_CENTRE,
  kind: 'family-centre',
  source: HYSIVLTK,
  terms: {
    title: fi('Etelä-Savon perhekeskustoiminnan yhteistyösopimus vuosille 2026–2029'),
    // "vuosille 2026-2029": the whole calendar years. Earlier periods (since late 2016) are not in the registry.
    term: { startsOn: '2026-01-01', endsOn: '2029-12-31' },
    // The other municipalities, parishes and associations of Etelä-Savo are parties too; the document names none.
    parties: [
      { partyId: ES_COUNTY, role: 'coordinator' },
      { partyId: RANTASALMI, role: 'participant', approvalBy: { body: 'kunnanhallitus', basis: 'hallintosääntö § 23 kohta 7' } },
      { partyId: PARISH, role: 'participant' },
    ],
    locations: [
      { id: MEETING_PLACE, kind: 'meeting-place', municipality: RANTASALMI, name: 'Avoin kohtaamispaikka seurakunnan tiloissa', providedBy: PARISH },
      // The family centres' towns are not parties of the registry, so they are named, not linked.
      { id: 'family-centre-pieksamaki', kind: 'family-centre', name: 'Pieksämäki' },
      { id: 'family-centre-mikkeli', kind: 'family-centre', name: 'Mikkeli' },
      { id: 'family-centre-savonlinna', kind: 'family-centre', name: 'Savonlinna' },
    ],
    obligations: [
      {
        id: 'coordination',
        type: 'fund',
        obligor: { partyId: ES_COUNTY },
        beneficiary: 'all',
        description: fi('Hyvinvointialue vastaa alueen perhekeskuskoordinaation toteutuksesta sekä perhekeskuskoordinaattorin resurssista.'),
      },
      {
        id: 'communication',
        type: 'communicate',
        obligor: { partyId: ES_COUNTY },
        beneficiary: 'all',
        description: fi('Perhekeskuskoordinaattorilla on keskeinen rooli sopimusosapuolten viestinnän tukena.'),
      },
      {
        id: 'premises',
        type: 'provide-premises',
        obligor: { partyType: 'municipality' },
        at: MEETING_PLACE,
        description: fi('Kunnissa varataan kohtaamispaikkatyöhön soveltuva tila ja kunnat vastaavat näistä aiheutuvista kustannuksista.'),
      },
      {
        id: 'meeting-place-premises',
        type: 'provide-premises',
        obligor: { partyId: PARISH },
        at: MEETING_PLACE,
        description: fi('Rantasalmella avoin kohtaamispaikka toimii seurakunnan tiloissa.'),
      },
      {
        id: 'meeting-place',
        type: 'produce-service',
        obligor: 'all',
        at: MEETING_PLACE,
        description: fi('Rantasalmella kunta, hyvinvointialue ja seurakunta toteuttavat yhdessä avoimen kohtaamispaikan, jossa järjestetään säännöllistä perhekerhotoimintaa.'),
      },
      {
        id: 'multiprofessional-cooperation',
        type: 'coordinate',
        obligor: { partyType: 'municipality' },
        description: fi('Kunnissa huolehditaan kuntakohtaisen monialaisen yhteistyön toteutumisesta.'),
      },
      {
        id: 'representatives',
        type: 'appoint-representative',
        obligor: 'all',
        description: fi('Sopijaosapuolet huolehtivat edustajien nimeämisestä johtoryhmään ja osallistumisesta toimintaan; Rantasalmen edustajana johtoryhmässä toimii hyvinvointijohtaja.'),
      },
      {
        id: 'own-resources',
        type: 'fund',
        obligor: 'all',
        description: fi('Jokainen toimijataho huolehtii omat resurssinsa toiminnan järjestämiseen.'),
      },
      {
        id: 'impact-assessment',
        type: 'assess-impact',
        obligor: 'all',
        description: fi('Kaikki sopimusosapuolet huomioivat ja arvioivat omien ratkaisujensa vaikutuksia perhekeskustoiminnan yhteisiin tavoitteisiin.'),
      },
    ],
  },
};

/** The welfare and education committee proposes to the municipal board: not an approval, and not one that counts. */
export const COMMITTEE_PROPOSES: DecisionRequest = {
  type: 'RecordDecision',
  agreementId: FAMILY_CENTRE,
  partyId: RANTASALMI,
  body: 'hyvinvointi- ja sivistyslautakunta',
  meetingDate: '2025-09-29',
  section: '§ 85',
  preparer: 'hyvinvointijohtaja Johanna Keränen',
  presenter: 'hyvinvointijohtaja Johanna Keränen',
  proposal: 'Hyvinvointi- ja sivistyslautakunta päättää esittää kunnanhallitukselle, että se hyväksyy liitteen mukaisen Etelä-Savon perhekeskustoiminnan sopimuksen vuosille 2026-2029.',
  outcome: 'proposed-to-higher-body',
  referredTo: 'kunnanhallitus',
  unanimous: true,
  version: 1,
  source: HYSIVLTK,
};

/** The municipal board approves, by electronic decision-making; whether unanimously the minutes do not say. */
export const BOARD_APPROVES: DecisionRequest = {
  type: 'RecordDecision',
  agreementId: FAMILY_CENTRE,
  partyId: RANTASALMI,
  body: 'kunnanhallitus',
  meetingDate: '2025-11-03',
  section: '§ 331',
  diaryNumber: '441/00.04.02/2025',
  preparer: 'hallintojohtaja Jarkko Sanisalo',
  presenter: 'kunnanjohtaja Rainer Leskinen',
  proposal: 'Kunnanhallitus päättää hyväksyä liitteen mukaisen Etelä-Savon perhekeskustoiminnan sopimuksen vuosille 2026-2029.',
  procedure: 'electronic',
  outcome: 'approved',
  version: 1,
  source: KHALL,
};

const NOT_IN_THE_DOCUMENT = 'The document is Rantasalmi’s minutes; it records no signature and no other party’s decision.';

/** A signature the document does not record; its signatory and date are not known. */
export const assumedSignatureOf = (partyId: string): AgreementRequest => ({
  type: 'RecordSignature',
  agreementId: FAMILY_CENTRE,
  partyId,
  authority: 'position',
  signedOn: '2025-11-20',
  method: 'electronic',
  version: 1,
  assumed: assumedThat(`${NOT_IN_THE_DOCUMENT} Assumed signed on 20.11.2025 so that the agreement enters into force on 1.1.2026.`),
});

/** An approval the document does not record: the body, date and § of the county's and the parish's decisions are not known. */
export const assumedApprovalOf = (partyId: string): AgreementRequest => ({
  type: 'RecordDecision',
  agreementId: FAMILY_CENTRE,
  partyId,
  meetingDate: '2025-11-10',
  outcome: 'approved',
  version: 1,
  assumed: assumedThat(`${NOT_IN_THE_DOCUMENT} Assumed approved on 10.11.2025; the body that decided and its § are not known.`),
});

/** The document's own term start; the parties' readiness on that day is what is assumed above. */
export const ENTERS_INTO_FORCE: AgreementRequest = {
  type: 'EnterIntoForce',
  agreementId: FAMILY_CENTRE,
  version: 1,
  effectiveFrom: '2026-01-01',
  source: sourceIn('002', 'HYSIVLTK 29.09.2025 § 85: the agreement for the years 2026–2029'),
};

export const SEED_002: SeedAgreement = {
  seed: '002',
  draft: SEED_002_DRAFT,
  then: [
    COMMITTEE_PROPOSES,
    BOARD_APPROVES,
    assumedSignatureOf(RANTASALMI),
    assumedApprovalOf(ES_COUNTY),
    assumedSignatureOf(ES_COUNTY),
    assumedApprovalOf(PARISH),
    assumedSignatureOf(PARISH),
    ENTERS_INTO_FORCE,
  ],
};
