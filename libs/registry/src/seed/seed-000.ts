/**
 * Seed 000: a phase-2 municipality's perusturvalautakunta decides to buy family-law services from the regional unit
 * Jyväskylä runs. The unit is a programme: each municipality has an agreement of its own with Jyväskylä, and four
 * municipalities said in the pre-study that they would stay outside.
 */
import type { AgreementRequest } from '../agreements/change-agreement';
import type { ProgrammeRequest } from '../programmes/change-programme';
import { fi, type SeedAgreement } from './seed-agreement';
import { assumedThat, sourceIn } from './seed-sources';

export const FAMILY_LAW_UNIT = 'keski-suomi-family-law-unit';
export const familyLawAgreementOf = (partyId: string) => `keski-suomi-family-law-${partyId}`;

export const PHASE_1 = ['hankasalmi', 'joutsa', 'keuruu', 'luhanka', 'multia', 'petajavesi', 'saarikka', 'toivakka', 'uurainen', 'wiitaunioni'];
export const PHASE_2 = ['laukaa', 'muurame', 'aanekoski'];
export const DECLINED = ['jamsa', 'kinnula', 'konnevesi', 'kuhmoinen'];
/** Served by Jyväskylä before the unit: their agreements renew an earlier one the registry does not hold. */
const SERVED_ALREADY = ['hankasalmi', 'wiitaunioni'];
const OFFICES = ['jyvaskyla', 'laukaa', 'aanekoski'];

const MUNICIPALITIES_AND_DATES = sourceIn('000', 'item text: the municipalities served from 1.1.2021 and from 1.5.2021');
const OWN_AGREEMENT = sourceIn('000', 'item text: a separate municipality-specific draft agreement');
const PRE_STUDY = sourceIn('000', 'item text: the municipalities staying outside the unit in the pre-study');
const DECISION = sourceIn('000', 'Päätösehdotus and Päätös');

export const SEED_000_PROGRAMME: ProgrammeRequest = {
  type: 'RegisterProgramme',
  programmeId: FAMILY_LAW_UNIT,
  kind: 'family-law',
  title: fi('Perheoikeudellisten palvelujen alueellinen yksikkö (pilotti)'),
  hostPartyId: 'jyvaskyla',
  source: sourceIn('000', 'item text: family-law services gathered into a regional unit under Jyväskylä'),
};

/** The document gives no date for the municipalities' decisions to stay outside, so none is recorded. */
export const SEED_000_DECLINES: ProgrammeRequest[] = DECLINED.map((partyId) => ({
  type: 'DeclineProgramme',
  programmeId: FAMILY_LAW_UNIT,
  partyId,
  source: PRE_STUDY,
}));

const assumedSignature = (agreementId: string, partyId: string, signedOn: string): AgreementRequest => ({
  type: 'RecordSignature',
  agreementId,
  partyId,
  authority: 'position',
  signedOn,
  method: 'electronic',
  version: 1,
  assumed: assumedThat(`The document records no signature of ${partyId}; assumed signed on ${signedOn}, before the services start. The signatory is not known.`),
});

function assumedApprovalAndSignature(agreementId: string, partyId: string, meetingDate: string, signedOn: string): AgreementRequest[] {
  const note = assumedThat(`The document records no decision of ${partyId} on this agreement; assumed approved on ${meetingDate}, before the services start. The body and § are not known.`);
  return [
    { type: 'RecordDecision', agreementId, partyId, meetingDate, outcome: 'approved', version: 1, assumed: note },
    assumedSignature(agreementId, partyId, signedOn),
  ];
}

/**
 * The decision the document is: its body, preparer, presenter, proposal and outcome are the document's. It does not
 * name the municipality or give the meeting's date or §.
 */
const committeeDecision = (agreementId: string): AgreementRequest => ({
  type: 'RecordDecision',
  agreementId,
  partyId: 'laukaa',
  body: 'perusturvalautakunta',
  meetingDate: '2021-03-15',
  preparer: 'sosiaalityön johtaja Raija Kojo',
  presenter: 'perusturvajohtaja Saara Kuusela',
  proposal:
    'Perusturvalautakunta päättää hyväksyä pilotointina perheoikeudellispalvelujen tuottamisen alueellisena yhteistyönä ja niiden ostamisen perustettavalta perheoikeudelliselta yksiköltä sopimusluonnoksen mukaisesti 1.5.2021 alkaen.',
  outcome: 'approved',
  version: 1,
  source: DECISION,
  assumed: assumedThat(
    'The document does not name the municipality: it is one of Laukaa, Muurame and Äänekoski, the three served from 1.5.2021; the document does not say which. Recorded on Laukaa’s agreement. The meeting date (assumed 15.3.2021) and the § are not given.',
  ),
});

function agreementWith(partyId: string): SeedAgreement {
  const agreementId = familyLawAgreementOf(partyId);
  const phase2 = PHASE_2.includes(partyId);
  const startsOn = phase2 ? '2021-05-01' : '2021-01-01';
  const municipality = partyId !== 'saarikka' && partyId !== 'wiitaunioni';
  const hasOffice = OFFICES.includes(partyId);
  const servedAt = hasOffice ? `office-${partyId}` : `reception-${partyId}`;
  const [approvedOn, signedOn] = phase2 ? ['2021-03-15', '2021-04-01'] : ['2020-12-15', '2020-12-20'];
  return {
    seed: '000',
    draft: {
      type: 'DraftAgreement',
      agreementId,
      kind: 'family-law',
      programmeId: FAMILY_LAW_UNIT,
      ...(SERVED_ALREADY.includes(partyId) && { predecessorId: `${agreementId}-before-2021` }),
      source: OWN_AGREEMENT,
      terms: {
        title: fi('Perheoikeudellisten palvelujen tuottaminen alueellisessa yksikössä (pilotti)'),
        // No diary number and no end date are given: the pilot is open-ended in the document.
        term: { startsOn, endsOn: null },
        parties: [
          { partyId: 'jyvaskyla', role: 'host' },
          { partyId, role: 'participant' },
        ],
        locations: [
          ...OFFICES.map((office) => ({ id: `office-${office}`, kind: 'office' as const, municipality: office })),
          ...(hasOffice ? [] : [{ id: servedAt, kind: 'reception-by-appointment' as const, ...(municipality && { municipality: partyId }), name: 'Vastaanotto sovitusti ajanvarauksella ja sähköisesti' }]),
        ],
        obligations: [
          {
            id: 'service',
            type: 'produce-service',
            obligor: { partyId: 'jyvaskyla' },
            beneficiary: { partyId },
            at: servedAt,
            description: fi('Jyväskylä vastaa sopimuskunnan perheoikeudellisten palvelujen tuottamisesta; yksikkö sijoittuu Jyväskylän perheiden ennaltaehkäisevien palvelujen palvelualueelle.'),
          },
          {
            id: 'costs',
            type: 'pay-cost-share',
            obligor: { partyId },
            beneficiary: { partyId: 'jyvaskyla' },
            costShare: { basis: 'population' },
            recurrence: 'yearly',
            description: fi('Toiminnasta syntyvät kustannukset jaetaan sopimuskuntien kesken asukaslukuun suhteutettuna.'),
          },
          ...(phase2
            ? [
                {
                  id: 'transfer-of-undertaking',
                  type: 'transfer-of-undertaking' as const,
                  obligor: { partyId },
                  beneficiary: { partyId: 'jyvaskyla' },
                  recurrence: 'once' as const,
                  dueOn: '2021-05-01',
                  description: fi('Kunta luovuttaa nykyisen lastenvalvojapalvelunsa uudelle perheoikeudelliselle yksikölle liikkeenluovutuksen periaattein; siitä sovitaan luovuttavan kunnan ja Jyväskylän kesken.'),
                },
              ]
            : []),
          ...(municipality
            ? [
                {
                  id: 'administrative-rules',
                  type: 'administrative-change' as const,
                  obligor: { partyType: 'municipality' as const },
                  description: fi('Kukin kunta vastaa itse tarvittavista hallintosääntö- ja päätösoikeuksien delegointiin liittyvistä muutoksista.'),
                },
              ]
            : []),
        ],
      },
    },
    then: [
      ...assumedApprovalAndSignature(agreementId, 'jyvaskyla', approvedOn, signedOn),
      ...(partyId === 'laukaa'
        ? [committeeDecision(agreementId), assumedSignature(agreementId, partyId, signedOn)]
        : assumedApprovalAndSignature(agreementId, partyId, approvedOn, signedOn)),
      { type: 'EnterIntoForce', agreementId, version: 1, effectiveFrom: startsOn, source: MUNICIPALITIES_AND_DATES },
    ],
  };
}

export const SEED_000_AGREEMENTS: SeedAgreement[] = [...PHASE_1, ...PHASE_2].map(agreementWith);
