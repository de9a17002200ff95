/** Seed 001: the Keski-Suomi interface plan (yhdyspintasuunnitelma) between the county, the liitto and the municipalities. */
import { fi, type SeedAgreement } from './seed-agreement';
import { assumedThat, sourceIn } from './seed-sources';

export const INTERFACE_PLAN = 'keski-suomi-interface-plan-2026';
const KS_COUNTY = 'keski-suomen-hyvinvointialue';
const FAMILY_CENTRES = ['aanekoski', 'laukaa', 'petajavesi'];
/** "hyväksytään osapuolten hallituksissa": the plan names the parties' boards, not each board's own name. */
const BOARDS = { body: 'hallitus' };
const APPROVAL = sourceIn('001', 'section 7: approval and updating of the plan');

export const SEED_001: SeedAgreement = {
  seed: '001',
  draft: {
    type: 'DraftAgreement',
    agreementId: INTERFACE_PLAN,
    kind: 'framework',
    source: APPROVAL,
    assumed: assumedThat('The plan gives no start date; 1.3.2026 is assumed, as its parties’ boards approve it in February–March 2026.'),
    terms: {
      title: fi('Keski-Suomen yhdyspintasuunnitelma: sivistys-, sosiaali- ja terveydenhuollon yhteistyön rakenteet'),
      term: { startsOn: '2026-03-01', endsOn: null },
      // The plan is between the county and Keski-Suomi's municipalities; the document names only the organisations of
      // its working group and the municipalities responsible for physical family centres, so only those are listed.
      parties: [
        { partyId: KS_COUNTY, role: 'coordinator', approvalBy: BOARDS },
        { partyId: 'keski-suomen-liitto', role: 'participant', approvalBy: BOARDS },
        ...['jyvaskyla', 'hankasalmi', 'muurame', ...FAMILY_CENTRES].map((partyId) => ({ partyId, role: 'participant' as const, approvalBy: BOARDS })),
      ],
      locations: FAMILY_CENTRES.map((partyId) => ({ id: `family-centre-${partyId}`, kind: 'family-centre' as const, municipality: partyId })),
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
          obligor: { partyId: KS_COUNTY },
          description: fi('Perhekeskuskoordinaatiotyö ulottuu koko hyvinvointialueelle kooten paikallisia ja alueellisia verkostoja.'),
        },
        ...FAMILY_CENTRES.map((partyId) => ({
          id: `family-centre-${partyId}`,
          type: 'provide-premises' as const,
          obligor: { partyId },
          at: `family-centre-${partyId}`,
          description: fi('Kunnan vastuulla oleva fyysinen perhekeskus.'),
        })),
        {
          id: 'education-directors-network',
          type: 'coordinate',
          obligor: { partyId: 'keski-suomen-liitto' },
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
          obligor: { partyId: KS_COUNTY },
          description: fi('Hyvinvointialueella on järjestämisvastuu pelastustoimen palveluista.'),
        },
      ],
    },
  },
  // No board decision is recorded: the document gives the approval window, not the parties' meetings.
  then: [],
};
