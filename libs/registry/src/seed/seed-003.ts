/**
 * Seed 003: a municipal board proposes that its council approve the framework agreement of the Keski-Suomi
 * municipalities, Keski-Suomen liitto and the county. The document does not name the municipality, so its
 * decision is not recorded: only the county board's handling, which the document states, is.
 */
import { fi, type SeedAgreement } from './seed-agreement';
import { assumedThat, sourceIn } from './seed-sources';

export const FRAMEWORK = 'keski-suomi-framework-2022';
const KS_COUNTY = 'keski-suomen-hyvinvointialue';
/** The Keski-Suomi municipalities the seed documents name; the agreement's parties are all of them. */
const KS_MUNICIPALITIES = [
  'jyvaskyla',
  'hankasalmi',
  'jamsa',
  'joutsa',
  'keuruu',
  'kinnula',
  'konnevesi',
  'laukaa',
  'luhanka',
  'multia',
  'muurame',
  'petajavesi',
  'toivakka',
  'uurainen',
  'aanekoski',
];
const BACKGROUND = sourceIn('003', 'Tausta');

export const SEED_003: SeedAgreement = {
  seed: '003',
  draft: {
    type: 'DraftAgreement',
    agreementId: FRAMEWORK,
    kind: 'framework',
    source: sourceIn('003', 'Päätösehdotus'),
    assumed: assumedThat(
      'The document names the parties only as the Keski-Suomi municipalities, Keski-Suomen liitto and the county: listed are the municipalities the seed documents name, not all of them. It gives no start date; 1.1.2023 is assumed.',
    ),
    terms: {
      title: fi('Keski-Suomen kuntien, Keski-Suomen liiton sekä Keski-Suomen hyvinvointialueen puitesopimus'),
      term: { startsOn: '2023-01-01', endsOn: null },
      parties: [
        { partyId: KS_COUNTY, role: 'coordinator' },
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
  },
  then: [
    {
      type: 'RecordDecision',
      agreementId: FRAMEWORK,
      partyId: KS_COUNTY,
      body: 'aluehallitus',
      meetingDate: '2022-09-13',
      proposal: 'Aluehallitus ehdottaa aluevaltuustolle sopimuksen hyväksymistä sekä Keski-Suomen liitolle ja kunnille puitesopimuksen hyväksymistä.',
      outcome: 'proposed-to-higher-body',
      referredTo: 'aluevaltuusto',
      version: 1,
      source: BACKGROUND,
    },
  ],
};
