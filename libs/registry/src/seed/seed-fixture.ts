/**
 * The parties, programmes and agreements of seeds 000–003 (the source documents listed in docs/sources.md), each
 * fact with the document and the place in it that it rests on.
 *
 * What the documents leave out is left out here too: no party has a business id or a municipality code, no
 * population is recorded (record them from Statistics Finland with POST /v1/parties/{id}/populations before asking
 * for cost shares), and the members of Saarikka and Wiitaunioni are not listed. Where a value the documents do not
 * state is needed to carry a case forward (a decision's party or date, a signature, a start date), the command
 * carries `assumed` with a note saying what is unknown.
 */
import type { PartyType } from '@pacta/domain';
import type { PartyRequest } from '../parties/change-party';
import type { ProgrammeRequest } from '../programmes/change-programme';
import { SEED_000_AGREEMENTS, SEED_000_DECLINES, SEED_000_PROGRAMME } from './seed-000';
import { SEED_001 } from './seed-001';
import { SEED_002, SEED_002_PARTIES } from './seed-002';
import { SEED_003 } from './seed-003';
import { fi, type SeedAgreement } from './seed-agreement';
import { sourceIn, type SeedDocument } from './seed-sources';

export type { SeedAgreement } from './seed-agreement';

const NAMED_IN: Record<string, [SeedDocument, string]> = {
  '000': ['000', 'item text: the municipalities served from 1.1.2021 and from 1.5.2021'],
  '000-outside': ['000', 'item text: the municipalities staying outside the unit in the pre-study'],
  '001': ['001', 'section 7: the working group’s members'],
  '001-centres': ['001', 'slide 21: the family centres the municipalities are responsible for'],
};

const party = (id: string, name: string, namedIn: keyof typeof NAMED_IN, type: PartyType = 'municipality'): PartyRequest => ({
  type: 'RegisterParty',
  partyId: id,
  name: fi(name),
  partyType: type,
  source: sourceIn(...NAMED_IN[namedIn]),
});

export const SEED_PARTIES: PartyRequest[] = [
  party('jyvaskyla', 'Jyväskylä', '000'),
  party('hankasalmi', 'Hankasalmi', '000'),
  party('joutsa', 'Joutsa', '000'),
  party('keuruu', 'Keuruu', '000'),
  party('luhanka', 'Luhanka', '000'),
  party('multia', 'Multia', '000'),
  party('petajavesi', 'Petäjävesi', '000'),
  // Seed 000 names "Saarikan kuntayhtymä" among "kunnille tai kuntayhtymille"; its members are not listed there.
  party('saarikka', 'Saarikan kuntayhtymä', '000', 'joint-municipal-authority'),
  party('toivakka', 'Toivakka', '000'),
  party('uurainen', 'Uurainen', '000'),
  // A municipal union; the seed names it among "kunnille tai kuntayhtymille" without its members.
  party('wiitaunioni', 'Wiitaunioni', '000', 'association'),
  party('laukaa', 'Laukaa', '000'),
  party('muurame', 'Muurame', '000'),
  party('aanekoski', 'Äänekoski', '000'),
  party('jamsa', 'Jämsä', '000-outside'),
  party('kinnula', 'Kinnula', '000-outside'),
  party('konnevesi', 'Konnevesi', '000-outside'),
  party('kuhmoinen', 'Kuhmoinen', '000-outside'),
  party('keski-suomen-hyvinvointialue', 'Keski-Suomen hyvinvointialue', '001', 'wellbeing-services-county'),
  party('keski-suomen-liitto', 'Keski-Suomen liitto', '001', 'regional-council'),
  ...SEED_002_PARTIES,
];

/** Registered with their declines before any agreement is drafted, so no agreement can bind a party that declined. */
export const SEED_PROGRAMMES: { programme: ProgrammeRequest; declines: ProgrammeRequest[] }[] = [
  { programme: SEED_000_PROGRAMME, declines: SEED_000_DECLINES },
];

export const SEED_AGREEMENTS: SeedAgreement[] = [...SEED_000_AGREEMENTS, SEED_001, SEED_002, SEED_003];
