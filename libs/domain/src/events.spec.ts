import type { AgreementCommand } from './agreements/agreement.commands';
import { agreementDecider, decideAgreement, evolveAgreement } from './agreements/agreement.decider';
import type { AgreementEvent } from './agreements/agreement.events';
import { initialAgreementState } from './agreements/agreement.state';
import { InvalidEvent } from './errors';
import { EVENT_SCHEMAS, parseEvent, type DomainEvent } from './events';
import type { PartyCommand } from './parties/party.commands';
import { decideParty, evolveParty, initialPartyState, partyDecider } from './parties/party.decider';
import type { PartyEvent } from './parties/party.events';
import { decideSnapshot, initialSnapshotState, snapshotDecider } from './snapshots/snapshot.decider';
import type { ProgrammeCommand } from './programmes/programme.commands';
import { decideProgramme, evolveProgramme, initialProgrammeState } from './programmes/programme.decider';
import type { ProgrammeEvent } from './programmes/programme.events';
import {
  draftAgreement,
  enterIntoForce,
  FOUNDING_PARTIES,
  joinParty,
  recordDecision,
  recordFulfilment,
  recordReview,
  recordSignature,
  reviseDraft,
  terminateAgreement,
  termsInput,
  TODAY,
  withdrawParty,
} from './testing/fixtures';

function decideAll<C, E, S>(commands: C[], decide: (command: C, state: S) => E[], evolve: (state: S, event: E) => S, initial: S): E[] {
  let state = initial;
  return commands.flatMap((command) => {
    const events = decide(command, state);
    state = events.reduce(evolve, state);
    return events;
  });
}

const approveAndSign = (partyId: string, version = 1, signedOn = '2020-12-01'): AgreementCommand[] => [
  recordDecision({ partyId, version, meetingDate: '2020-11-02', unanimous: true, diaryNumber: '12/2020', proposal: 'Hyväksytään' }),
  recordSignature({ partyId, version, signedOn }),
];

const transfer = {
  id: 'transfer',
  type: 'transfer-of-undertaking' as const,
  obligor: { partyId: 'laukaa' },
  description: { fi: 'Liikkeen luovutus' },
  recurrence: 'once' as const,
  dueOn: '2021-05-01',
  at: 'office',
};

const lifecycle: AgreementCommand[] = [
  draftAgreement({
    predecessorId: 'ks-family-law-2017',
    terms: termsInput({
      firstReviewDue: '2021-11-30',
      locations: [{ id: 'office', kind: 'office', municipality: 'jyvaskyla', name: 'Jyväskylä' }],
      obligations: [...termsInput().obligations, transfer],
    }),
  }),
  recordDecision({
    partyId: 'laukaa',
    body: 'perusturvalautakunta',
    outcome: 'proposed-to-higher-body',
    referredTo: 'kunnanhallitus',
    procedure: 'electronic',
    vote: { for: 5, against: 1 },
  }),
  ...FOUNDING_PARTIES.flatMap((partyId) => approveAndSign(partyId)),
  enterIntoForce(),
  recordFulfilment({ obligationId: 'transfer', partyId: 'laukaa', fulfilledOn: '2021-05-01', source: { document: 'seed 000', reference: 'kohta 5' } }),
  joinParty({ partyId: 'muurame', joinsOn: '2021-05-01' }),
  ...approveAndSign('muurame'),
  reviseDraft(termsInput({ title: { fi: 'Perheoikeudelliset palvelut, muutos 1', sv: 'Familjerättsliga tjänster' } })),
  ...['jyvaskyla', 'laukaa', 'hankasalmi', 'muurame'].flatMap((partyId) => approveAndSign(partyId, 2, '2021-12-01')),
  enterIntoForce({ version: 2, effectiveFrom: '2022-01-01' }),
  withdrawParty({ partyId: 'hankasalmi', effectiveOn: '2022-06-30' }),
  recordReview({
    year: 2022,
    heldOn: '2022-11-15',
    nextReviewDue: '2023-11-30',
    actions: ['Päivitetään kustannusjako'],
    findings: [{ obligationId: 'costs', partyId: 'hankasalmi', status: 'partly-met', note: 'Erosi kesken vuoden' }],
  }),
  terminateAgreement({ effectiveOn: '2022-12-31' }),
  recordReview({ year: 2022, heldOn: '2023-01-15', findings: [{ obligationId: 'service', partyId: 'jyvaskyla', status: 'met' }] }),
];

const partyLife: PartyCommand[] = [
  {
    type: 'RegisterParty',
    today: TODAY,
    partyId: 'saarikka',
    name: { fi: 'Kuntayhtymä Saarikka', en: 'Saarikka joint municipal authority' },
    partyType: 'joint-municipal-authority',
    memberIds: ['saarijarvi', 'kannonkoski'],
    knownPartyIds: ['saarijarvi', 'kannonkoski'],
  },
  { type: 'RecordPopulation', today: TODAY, partyId: 'saarikka', year: 2020, population: 19_000, source: 'Tilastokeskus' },
  { type: 'RenameParty', today: TODAY, partyId: 'saarikka', name: { fi: 'Saarikka' }, effectiveOn: '2026-01-01' },
  {
    type: 'CorrectPartyFact',
    today: TODAY,
    at: '2025-06-01T09:00:00.000Z',
    by: 'registrar-1',
    partyId: 'saarikka',
    eventId: '0193e0a4-0000-7000-8000-000000000001',
    recorded: { type: 'PopulationRecorded', data: { partyId: 'saarikka', year: 2020, population: 19_000, source: 'Tilastokeskus' } },
    reason: 'Luku oli jäsenkuntien summa väärältä vuodelta',
    source: { document: 'Tilastokeskus, väestörakenne', reference: '31.12.2020', url: 'https://stat.fi/' },
    replacement: { partyId: 'saarikka', year: 2020, population: 19_104, source: 'Tilastokeskus' },
  },
];

const source = { document: '000_a87a56af6191f029.txt', reference: 'Esiselvitysvaihe', page: 1 };
const programmeLife: ProgrammeCommand[] = [
  {
    type: 'RegisterProgramme',
    today: TODAY,
    programmeId: 'ks-family-law',
    kind: 'family-law',
    title: { fi: 'Perheoikeudellinen yksikkö' },
    hostPartyId: 'jyvaskyla',
    source,
    hostRegistered: true,
  },
  { type: 'DeclineProgramme', today: TODAY, programmeId: 'ks-family-law', partyId: 'jamsa', decidedOn: '2020-11-30', source, assumed: { note: 'date' }, partyRegistered: true, bindingAgreementIds: [], checkedAgreementIds: [], at: `${TODAY}T09:00:00Z` },
  { type: 'ReserveBinding', today: TODAY, programmeId: 'ks-family-law', agreementId: 'ks-family-law-laukaa', partyIds: ['jyvaskyla', 'laukaa'], fields: ['parties[0].partyId', 'parties[1].partyId'], at: `${TODAY}T09:00:00Z` },
];

describe('every emitted event', () => {
  const emitted: DomainEvent[] = [
    ...decideAll<PartyCommand, PartyEvent, typeof initialPartyState>(partyLife, decideParty, evolveParty, initialPartyState),
    ...decideAll<AgreementCommand, AgreementEvent, typeof initialAgreementState>(
      lifecycle,
      decideAgreement,
      evolveAgreement,
      initialAgreementState,
    ),
    ...decideAll<ProgrammeCommand, ProgrammeEvent, typeof initialProgrammeState>(programmeLife, decideProgramme, evolveProgramme, initialProgrammeState),
    ...decideSnapshot(
      {
        type: 'GenerateSnapshot',
        snapshotId: 'sn-1',
        scope: { kind: 'family-law' },
        on: '2022-11-15',
        title: 'Vuosikatselmus 2022',
        asOfPosition: 30,
        heads: '0'.repeat(64),
        sha256: 'f'.repeat(64),
        documentVersion: 1,
      },
      initialSnapshotState,
    ),
  ];

  it('covers every event type', () => {
    expect(new Set(emitted.map((event) => event.type))).toEqual(new Set(Object.keys(EVENT_SCHEMAS)));
  });

  it('has schema version 1 and passes its own schema after a JSON round trip', () => {
    for (const event of emitted) {
      const stored = JSON.parse(JSON.stringify(event.data));
      expect(event.schemaVersion).toBe(1);
      expect(parseEvent(event.type, event.schemaVersion, stored)).toEqual(event);
    }
  });
});

describe('parseEvent', () => {
  const data = { version: 1, effectiveFrom: '2021-01-01' };

  it('returns the typed event', () => {
    expect(parseEvent('VersionEnteredIntoForce', 1, data)).toEqual({ type: 'VersionEnteredIntoForce', schemaVersion: 1, data });
  });
  it('refuses an unknown type', () => {
    expect(() => parseEvent('SucceededBy', 1, data)).toThrow(InvalidEvent);
    expect(() => parseEvent('toString', 1, data)).toThrow(InvalidEvent);
  });
  it('refuses a schema version it does not know', () => {
    expect(() => parseEvent('VersionEnteredIntoForce', 2, data)).toThrow(expect.objectContaining({ field: 'schemaVersion' }));
  });
  it('refuses data that does not match, naming the field', () => {
    expect(() => parseEvent('VersionEnteredIntoForce', 1, { ...data, effectiveFrom: '2021-02-30' })).toThrow(
      expect.objectContaining({ constructor: InvalidEvent, field: 'effectiveFrom' }),
    );
  });
  it('refuses unknown keys', () => {
    expect(() => parseEvent('VersionEnteredIntoForce', 1, { ...data, by: 'someone' })).toThrow(InvalidEvent);
  });
});

describe('a decider decodes what its stream recorded', () => {
  const drafted = { type: 'AgreementDrafted', schemaVersion: 1, data: { agreementId: 'a' } };

  it('gives back an event of its stream as the domain event', () => {
    expect(agreementDecider.decode(drafted)).toEqual(drafted);
  });

  it('refuses an event of another stream, and a schema version nothing upcasts', () => {
    expect(() => partyDecider.decode(drafted)).toThrow(expect.objectContaining({ field: 'type' }));
    expect(() => agreementDecider.decode({ ...drafted, schemaVersion: 2 })).toThrow(expect.objectContaining({ field: 'schemaVersion' }));
    expect(() => snapshotDecider.decode({ type: 'Unheard', schemaVersion: 1, data: {} })).toThrow(InvalidEvent);
  });

  it('names each subject’s stream, and tells a stream of its kind from others', () => {
    expect(agreementDecider.stream.streamOf('ks-2021')).toBe('agreement-ks-2021');
    expect(agreementDecider.stream.idOf('agreement-ks-2021')).toBe('ks-2021');
    expect(agreementDecider.stream.idOf('party-laukaa')).toBeUndefined();
    expect(partyDecider.stream.idOf('party-laukaa')).toBe('laukaa');
    expect(snapshotDecider.stream.streamOf('sn-1')).toBe('snapshot-sn-1');
  });
});
