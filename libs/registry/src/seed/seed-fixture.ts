/**
 * The agreements of seeds 000–003 (the source documents listed in docs/sources.md), as faithfully as the documents allow.
 *
 * What the documents leave out is left out here too, and said so: no party has a business id or a municipality
 * code (none is in the documents), no population is recorded (none is given; record them from Statistics Finland
 * with POST /v1/parties/{id}/populations before asking for cost shares), and the members of Saarikka and
 * Wiitaunioni are not listed (the documents do not list them), so their populations must be recorded as their own.
 *
 * Where a value is needed to carry a case forward (a decision's party or date, a signature, a start date), it is
 * marked ASSUMPTION at the place it is made; an assumed decision or signature carries the text ASSUMED in the
 * fields the document would have filled, so nobody mistakes it for a recorded fact.
 */
import type { PartyType, Selector, TermsInput } from '@pacta/domain';
import type { AgreementRequest } from '../agreements/change-agreement';
import type { PartyRequest } from '../parties/change-party';

const UNKNOWN = 'ASSUMED — not in the seed documents';

export interface SeedAgreement {
  /** The seed document it comes from. */
  seed: string;
  id: string;
  kind: string;
  terms: TermsInput;
  /** Commands after the draft, in order. */
  then: AgreementRequest[];
}

const party = (id: string, fi: string, type: PartyType = 'municipality'): PartyRequest => ({
  type: 'RegisterParty',
  partyId: id,
  name: { fi },
  partyType: type,
});

export const SEED_PARTIES: PartyRequest[] = [
  party('jyvaskyla', 'Jyväskylä'),
  party('hankasalmi', 'Hankasalmi'),
  party('joutsa', 'Joutsa'),
  party('keuruu', 'Keuruu'),
  party('luhanka', 'Luhanka'),
  party('multia', 'Multia'),
  party('petajavesi', 'Petäjävesi'),
  // Seed 000 names "Saarikan kuntayhtymä"; its member municipalities are not listed there.
  party('saarikka', 'Saarikan kuntayhtymä', 'joint-municipal-authority'),
  party('toivakka', 'Toivakka'),
  party('uurainen', 'Uurainen'),
  // A municipal union; the seed names it among "kunnille tai kuntayhtymille" without its members.
  party('wiitaunioni', 'Wiitaunioni', 'association'),
  party('laukaa', 'Laukaa'),
  party('muurame', 'Muurame'),
  party('aanekoski', 'Äänekoski'),
  party('keski-suomen-hyvinvointialue', 'Keski-Suomen hyvinvointialue', 'wellbeing-services-county'),
  party('keski-suomen-liitto', 'Keski-Suomen liitto', 'regional-council'),
  party('rantasalmi', 'Rantasalmi'),
  party('etela-savon-hyvinvointialue', 'Etelä-Savon hyvinvointialue', 'wellbeing-services-county'),
  // Seed 002: "seurakunnan tiloissa" — the parish in Rantasalmi; its exact registered name is not given.
  party('rantasalmen-seurakunta', 'Rantasalmen seurakunta', 'parish'),
];

/** ASSUMPTION: an approval and a signature the documents do not record, needed for the version to enter into force. */
function assumedApprovalAndSignature(agreementId: string, partyId: string, meetingDate: string, signedOn: string): AgreementRequest[] {
  return [
    { type: 'RecordDecision', agreementId, partyId, body: UNKNOWN, meetingDate, section: UNKNOWN, outcome: 'approved', version: 1 },
    {
      type: 'RecordSignature',
      agreementId,
      partyId,
      signatory: { name: UNKNOWN, title: UNKNOWN },
      authority: 'position',
      signedOn,
      method: 'electronic',
      version: 1,
    },
  ];
}

const fi = (text: string) => ({ fi: text });
const one = (partyId: string): Selector => ({ partyId });

// --- Seed 000: regional family-law services hosted by Jyväskylä -------------------------------------------------
const FAMILY_LAW = 'keski-suomi-family-law-2021';
const PHASE_1 = ['hankasalmi', 'joutsa', 'keuruu', 'luhanka', 'multia', 'petajavesi', 'saarikka', 'toivakka', 'uurainen', 'wiitaunioni'];
const PHASE_2 = ['laukaa', 'muurame', 'aanekoski'];

const seed000: SeedAgreement = {
  seed: '000',
  id: FAMILY_LAW,
  kind: 'family-law',
  terms: {
    title: fi('Perheoikeudellisten palvelujen alueellinen tuottaminen (pilotti)'),
    // No diary number and no end date are given: the pilot is open-ended in the document.
    term: { startsOn: '2021-01-01', endsOn: null },
    parties: [
      { partyId: 'jyvaskyla', role: 'host' },
      ...PHASE_1.map((partyId) => ({ partyId, role: 'participant' as const })),
      ...PHASE_2.map((partyId) => ({ partyId, role: 'participant' as const, joinsOn: '2021-05-01' })),
    ],
    obligations: [
      {
        id: 'service',
        type: 'produce-service',
        obligor: one('jyvaskyla'),
        beneficiary: { role: 'participant' },
        description: fi('Jyväskylä vastaa sopimuskuntien perheoikeudellisten palvelujen tuottamisesta; yksikkö sijoittuu Jyväskylän perheiden ennaltaehkäisevien palvelujen palvelualueelle.'),
      },
      {
        id: 'costs',
        type: 'pay-cost-share',
        obligor: { role: 'participant' },
        beneficiary: one('jyvaskyla'),
        costShare: { basis: 'population' },
        recurrence: 'yearly',
        description: fi('Toiminnasta syntyvät kustannukset jaetaan sopimuskuntien kesken asukaslukuun suhteutettuna.'),
      },
      ...PHASE_2.map((partyId) => ({
        id: `transfer-${partyId}`,
        type: 'transfer-of-undertaking' as const,
        obligor: one(partyId),
        beneficiary: one('jyvaskyla'),
        description: fi('Luovuttaa nykyisen lastenvalvojapalvelunsa uudelle perheoikeudelliselle yksikölle liikkeenluovutuksen periaattein; siitä sovitaan luovuttavan kunnan ja Jyväskylän kesken.'),
      })),
      {
        id: 'administrative-rules',
        type: 'administrative-change',
        obligor: { partyType: 'municipality' },
        description: fi('Kukin kunta vastaa itse tarvittavista hallintosääntö- ja päätösoikeuksien delegointiin liittyvistä muutoksista.'),
      },
      {
        id: 'offices',
        type: 'other',
        obligor: one('jyvaskyla'),
        // The document places the offices but does not say who provides the premises in Laukaa and Äänekoski.
        description: fi('Yksikön toimipisteet sijaitsevat Jyväskylässä, Laukaassa ja Äänekoskella; muissa kunnissa vastaanotto sovitusti ajanvarauksella ja sähköisesti.'),
      },
    ],
  },
  then: [
    // The seed is one phase-2 municipality's perusturvalautakunta decision to buy the services "1.5.2021 alkaen".
    // ASSUMPTION: the document names neither the municipality nor the meeting date; recorded here as Laukaa's,
    // on 2021-03-15. The preparer, presenter, proposal and outcome are the document's.
    {
      type: 'RecordDecision',
      agreementId: FAMILY_LAW,
      partyId: 'laukaa',
      body: 'perusturvalautakunta',
      meetingDate: '2021-03-15',
      section: UNKNOWN,
      preparer: 'sosiaalityön johtaja Raija Kojo',
      presenter: 'perusturvajohtaja Saara Kuusela',
      proposal:
        'Perusturvalautakunta päättää hyväksyä pilotointina perheoikeudellispalvelujen tuottamisen alueellisena yhteistyönä ja niiden ostamisen perustettavalta perheoikeudelliselta yksiköltä sopimusluonnoksen mukaisesti 1.5.2021 alkaen.',
      outcome: 'approved',
      version: 1,
    },
    // ASSUMPTION: phase 1 approved and signed before 1.1.2021, when the document says the services start.
    ...['jyvaskyla', ...PHASE_1].flatMap((partyId) => assumedApprovalAndSignature(FAMILY_LAW, partyId, '2020-12-15', '2020-12-20')),
    { type: 'EnterIntoForce', agreementId: FAMILY_LAW, version: 1, effectiveFrom: '2021-01-01' },
    // ASSUMPTION: phase 2 signed before 1.5.2021 (Laukaa's approval is the decision above).
    { type: 'RecordSignature', agreementId: FAMILY_LAW, partyId: 'laukaa', signatory: { name: UNKNOWN, title: UNKNOWN }, authority: 'position', signedOn: '2021-04-01', method: 'electronic', version: 1 },
    ...['muurame', 'aanekoski'].flatMap((partyId) => assumedApprovalAndSignature(FAMILY_LAW, partyId, '2021-03-15', '2021-04-01')),
  ],
};

// --- Seed 001: Keski-Suomi interface plan (yhdyspintasuunnitelma) ------------------------------------------------
const INTERFACE_PLAN = 'keski-suomi-interface-plan-2026';
const seed001: SeedAgreement = {
  seed: '001',
  id: INTERFACE_PLAN,
  kind: 'framework',
  terms: {
    title: fi('Keski-Suomen yhdyspintasuunnitelma: sivistys-, sosiaali- ja terveydenhuollon yhteistyön rakenteet'),
    // ASSUMPTION: the plan is to be approved by the parties' boards in February–March 2026; no start date is given.
    term: { startsOn: '2026-03-01', endsOn: null },
    // The plan is between the county and Keski-Suomi's municipalities; the document names only the organisations of
    // its working group and the municipalities responsible for physical family centres, so only those are listed.
    parties: [
      { partyId: 'keski-suomen-hyvinvointialue', role: 'coordinator' },
      { partyId: 'keski-suomen-liitto', role: 'participant' },
      { partyId: 'jyvaskyla', role: 'participant' },
      { partyId: 'hankasalmi', role: 'participant' },
      { partyId: 'muurame', role: 'participant' },
      { partyId: 'aanekoski', role: 'participant' },
      { partyId: 'laukaa', role: 'participant' },
      { partyId: 'petajavesi', role: 'participant' },
    ],
    obligations: [
      {
        id: 'annual-update',
        type: 'review-and-update',
        obligor: 'all',
        recurrence: 'yearly',
        clause: '7',
        description: fi('Suunnitelmaa päivitetään vuosittaisessa seurannassa yhteisesti tunnistettavien tarpeiden kautta.'),
      },
      {
        id: 'family-centre-coordination',
        type: 'coordinate',
        obligor: one('keski-suomen-hyvinvointialue'),
        description: fi('Perhekeskuskoordinaatiotyö ulottuu koko hyvinvointialueelle kooten paikallisia ja alueellisia verkostoja.'),
      },
      ...['aanekoski', 'laukaa', 'petajavesi'].map((partyId) => ({
        id: `family-centre-${partyId}`,
        type: 'provide-premises' as const,
        obligor: one(partyId),
        description: fi('Kunnan vastuulla oleva fyysinen perhekeskus.'),
      })),
      {
        id: 'education-directors-network',
        type: 'coordinate',
        obligor: one('keski-suomen-liitto'),
        description: fi('Sivistysjohtajien verkoston koollekutsujana toimii Keski-Suomen liitto.'),
      },
      {
        id: 'integration',
        type: 'produce-service',
        obligor: { partyType: 'municipality' },
        description: fi('Maahanmuuton ja kotouttamisen kokonaisuudesta vastuu on kunnalla.'),
      },
      {
        id: 'rescue-services',
        type: 'produce-service',
        obligor: one('keski-suomen-hyvinvointialue'),
        description: fi('Hyvinvointialueella on järjestämisvastuu pelastustoimen palveluista.'),
      },
    ],
  },
  // No board decision is recorded: the document gives the approval window, not the parties' meetings.
  then: [],
};

// --- Seed 002: Etelä-Savo family-centre agreement 2026–2029 -----------------------------------------------------
const FAMILY_CENTRE = 'etela-savo-family-centre-2026';
const ES_COUNTY = 'etela-savon-hyvinvointialue';
const seed002: SeedAgreement = {
  seed: '002',
  id: FAMILY_CENTRE,
  kind: 'family-centre',
  terms: {
    title: fi('Etelä-Savon perhekeskustoiminnan yhteistyösopimus vuosille 2026–2029'),
    diaryNumber: '441/00.04.02/2025',
    // "vuosille 2026-2029": the whole calendar years. Earlier periods (since late 2016) are not in the registry.
    term: { startsOn: '2026-01-01', endsOn: '2029-12-31' },
    // Etelä-Savo's other municipalities, parishes and associations are parties too but are not named in the document.
    parties: [
      { partyId: ES_COUNTY, role: 'coordinator' },
      { partyId: 'rantasalmi', role: 'participant' },
      { partyId: 'rantasalmen-seurakunta', role: 'participant' },
    ],
    obligations: [
      {
        id: 'coordination',
        type: 'fund',
        obligor: one(ES_COUNTY),
        beneficiary: 'all',
        description: fi('Hyvinvointialue vastaa alueen perhekeskuskoordinaation toteutuksesta sekä perhekeskuskoordinaattorin resurssista.'),
      },
      {
        id: 'communication',
        type: 'communicate',
        obligor: one(ES_COUNTY),
        beneficiary: 'all',
        description: fi('Perhekeskuskoordinaattorilla on keskeinen rooli sopimusosapuolten viestinnän tukena.'),
      },
      {
        id: 'premises',
        type: 'provide-premises',
        obligor: { partyType: 'municipality' },
        description: fi('Kunnissa varataan kohtaamispaikkatyöhön soveltuva tila ja kunnat vastaavat näistä aiheutuvista kustannuksista.'),
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
  then: [
    {
      type: 'RecordDecision',
      agreementId: FAMILY_CENTRE,
      partyId: 'rantasalmi',
      body: 'hyvinvointi- ja sivistyslautakunta',
      meetingDate: '2025-09-29',
      section: '§ 85',
      preparer: 'hyvinvointijohtaja Johanna Keränen',
      presenter: 'hyvinvointijohtaja Johanna Keränen',
      proposal: 'Hyvinvointi- ja sivistyslautakunta päättää esittää kunnanhallitukselle, että se hyväksyy liitteen mukaisen Etelä-Savon perhekeskustoiminnan sopimuksen vuosille 2026-2029.',
      outcome: 'proposed-to-higher-body',
      unanimous: true,
      version: 1,
    },
    {
      type: 'RecordDecision',
      agreementId: FAMILY_CENTRE,
      partyId: 'rantasalmi',
      body: 'kunnanhallitus',
      meetingDate: '2025-11-03',
      section: '§ 331',
      diaryNumber: '441/00.04.02/2025',
      preparer: 'hallintojohtaja Jarkko Sanisalo',
      presenter: 'kunnanjohtaja Rainer Leskinen',
      // "hyväksytty sähköisellä päätöksenteolla": whether it was unanimous is not stated.
      proposal: 'Kunnanhallitus päättää hyväksyä liitteen mukaisen Etelä-Savon perhekeskustoiminnan sopimuksen vuosille 2026-2029.',
      outcome: 'approved',
      version: 1,
    },
    // ASSUMPTION: Rantasalmi's signature, and the county's and the parish's approvals and signatures, are not in the
    // document; assumed so that the agreement can enter into force on 1.1.2026.
    { type: 'RecordSignature', agreementId: FAMILY_CENTRE, partyId: 'rantasalmi', signatory: { name: UNKNOWN, title: UNKNOWN }, authority: 'position', signedOn: '2025-11-20', method: 'electronic', version: 1 },
    ...[ES_COUNTY, 'rantasalmen-seurakunta'].flatMap((partyId) => assumedApprovalAndSignature(FAMILY_CENTRE, partyId, '2025-11-10', '2025-11-20')),
    { type: 'EnterIntoForce', agreementId: FAMILY_CENTRE, version: 1, effectiveFrom: '2026-01-01' },
  ],
};

// --- Seed 003: Keski-Suomi framework agreement (puitesopimus) ---------------------------------------------------
const FRAMEWORK = 'keski-suomi-framework-2022';
const KS_MUNICIPALITIES = ['jyvaskyla', 'hankasalmi', 'joutsa', 'keuruu', 'luhanka', 'multia', 'petajavesi', 'toivakka', 'uurainen', 'laukaa', 'muurame', 'aanekoski'];
const seed003: SeedAgreement = {
  seed: '003',
  id: FRAMEWORK,
  kind: 'framework',
  terms: {
    title: fi('Keski-Suomen kuntien, Keski-Suomen liiton sekä Keski-Suomen hyvinvointialueen puitesopimus'),
    // ASSUMPTION: no start is given; 1.1.2023 is when the county took over the services the cooperation is about.
    term: { startsOn: '2023-01-01', endsOn: null },
    // The document names no municipality: the parties are "Keski-Suomen kunnat". Listed here are the Keski-Suomi
    // municipalities other seeds name, which is not all of them.
    parties: [
      { partyId: 'keski-suomen-hyvinvointialue', role: 'coordinator' },
      { partyId: 'keski-suomen-liitto', role: 'participant' },
      ...KS_MUNICIPALITIES.map((partyId) => ({ partyId, role: 'participant' as const })),
    ],
    obligations: [
      {
        id: 'cooperation-structures',
        type: 'participate',
        obligor: 'all',
        description: fi('Puitesopimuksella sovitaan yhteistyön periaatteista, keskisuomalaisesta toimintamallista ja tavoitteista; se määrittelee strategisen ja operatiivisen tason yhteistyön rakenteet.'),
      },
    ],
  },
  then: [
    // The county board handled it on 13.9.2022 and proposes approval to the regional council (aluevaltuusto).
    {
      type: 'RecordDecision',
      agreementId: FRAMEWORK,
      partyId: 'keski-suomen-hyvinvointialue',
      body: 'aluehallitus',
      meetingDate: '2022-09-13',
      section: UNKNOWN,
      proposal: 'Aluehallitus ehdottaa aluevaltuustolle sopimuksen hyväksymistä sekä Keski-Suomen liitolle ja kunnille puitesopimuksen hyväksymistä.',
      outcome: 'proposed-to-higher-body',
      version: 1,
    },
    // The seed is a municipal board proposing that its council approve the agreement. ASSUMPTION: the document does
    // not name the municipality or the meeting date; recorded as Toivakka's on 2022-10-03.
    {
      type: 'RecordDecision',
      agreementId: FRAMEWORK,
      partyId: 'toivakka',
      body: 'kunnanhallitus',
      meetingDate: '2022-10-03',
      section: UNKNOWN,
      presenter: 'kunnanjohtaja Helena Vuopionperä-Kovanen',
      proposal: 'Kunnanhallitus päättää esittää valtuustolle, että se hyväksyy Keski-Suomen kuntien, Keski-Suomen liiton sekä Keski-Suomen hyvinvointialueen puitesopimuksen yhteistyörakenteiden ja toimintatapojen periaatteiksi.',
      outcome: 'proposed-to-higher-body',
      unanimous: true,
      version: 1,
    },
  ],
};

export const SEED_AGREEMENTS: SeedAgreement[] = [seed000, seed001, seed002, seed003];
