import { InvalidSnapshot, type AgreementEvent, type AnnualReviewRecorded } from '@pacta/domain';
import { canonicalJson } from '@pacta/event-store';
import { approvedAndSignedBy, approvedBy, drafted, draftedWith, enteredIntoForce, FOUNDING_PARTIES, inForce, stateAfter, termsInput, withdrew } from '../../domain/src/testing/fixtures';
import { renderSnapshotHtml, renderSnapshotMarkdown } from './render/render-snapshot';
import { buildStatusSnapshot, type SnapshotSource } from './status-snapshot';

const reviewed = (year: number, findings: AnnualReviewRecorded['data']['findings'], nextReviewDue?: string): AnnualReviewRecorded => ({
  type: 'AnnualReviewRecorded',
  schemaVersion: 1,
  data: { year, heldOn: `${year}-11-15`, meeting: 'Yhteistyöryhmä', actions: ['Päivitetään kustannusjako'], findings, ...(nextReviewDue && { nextReviewDue }) },
});

const history: AgreementEvent[] = [
  ...inForce,
  reviewed(2021, [{ obligationId: 'costs', partyId: 'laukaa', status: 'not-met', note: 'Lasku myöhässä' }], '2022-11-30'),
  reviewed(2022, [{ obligationId: 'costs', partyId: 'laukaa', status: 'met' }], '2023-11-30'),
  withdrew('hankasalmi', '2023-06-30'),
];

const source = (events: AgreementEvent[] = history): SnapshotSource => ({
  asOfPosition: 40,
  heads: 'c'.repeat(64),
  agreements: [
    { state: stateAfter(events), sinceLastReview: [{ position: 40, revision: events.length - 1, type: 'PartyWithdrew', data: withdrew('hankasalmi', '2023-06-30').data }] },
    { state: stateAfter([{ ...drafted, data: { ...drafted.data, agreementId: 'other', kind: 'framework' } }]), sinceLastReview: [] },
  ],
  parties: {
    jyvaskyla: { name: { fi: 'Jyväskylän kaupunki' }, type: 'municipality' },
    laukaa: { name: { fi: 'Laukaan kunta' }, type: 'municipality' },
    hankasalmi: { name: { fi: 'Hankasalmen kunta' }, type: 'municipality' },
  },
});

describe('buildStatusSnapshot', () => {
  it('given the same request and log, gives the same canonical JSON, with no id and no clock in it', () => {
    const request = { scope: { agreementId: 'ks-family-law' }, on: '2023-12-01', title: 'Katselmus 2023' };
    const one = canonicalJson(buildStatusSnapshot(request, source()));
    expect(canonicalJson(buildStatusSnapshot(request, source()))).toBe(one);
    expect(one).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/);
    expect(JSON.parse(one)).not.toHaveProperty('id');
  });

  it('gives each obligation its latest finding and flags the overdue review', () => {
    const snapshot = buildStatusSnapshot({ scope: { agreementId: 'ks-family-law' }, on: '2024-01-15', title: 'T' }, source());
    const [agreement] = snapshot.agreements;
    expect(agreement.status).toBe('in-force');
    const laukaa = agreement.obligations.find((group) => group.partyId === 'laukaa')!;
    expect(laukaa.obligations.find((o) => o.obligationId === 'costs')!.latestFinding).toEqual({ year: 2022, heldOn: '2022-11-15', status: 'met', note: null });
    expect(agreement.obligations.map((group) => group.partyId)).toEqual(['jyvaskyla', 'laukaa']);
    expect(agreement.parties.find((p) => p.partyId === 'hankasalmi')).toMatchObject({ withdrawnOn: '2023-06-30', signature: { signedOn: '2020-12-01' } });
    expect(snapshot.overdueReviews).toEqual([{ agreementId: 'ks-family-law', title: agreement.title, due: '2023-11-30' }]);
    expect(snapshot.deadlines).toEqual({
      from: '2024-01-15',
      to: '2025-01-14',
      items: [{ date: '2024-12-31', type: 'term-ends', agreementId: 'ks-family-law', partyId: null, reviewYear: null }],
    });
  });

  it('shows a party only its own obligations, across the agreements it is a party of', () => {
    const snapshot = buildStatusSnapshot({ scope: { partyId: 'laukaa' }, on: '2022-01-01', title: 'T' }, source());
    expect(snapshot.party).toEqual({ partyId: 'laukaa', name: { fi: 'Laukaan kunta' }, partyType: 'municipality' });
    expect(snapshot.agreements.map((a) => a.agreementId)).toEqual(['ks-family-law', 'other']);
    expect(snapshot.agreements[0].obligations.map((group) => group.partyId)).toEqual(['laukaa']);
    expect(snapshot.agreements[1].obligations).toEqual([]);
  });

  it('covers every agreement of a kind', () => {
    expect(buildStatusSnapshot({ scope: { kind: 'framework' }, on: '2022-01-01', title: 'T' }, source()).agreements.map((a) => a.agreementId)).toEqual(['other']);
    expect(buildStatusSnapshot({ scope: { kind: 'family-centre' }, on: '2022-01-01', title: 'T' }, source()).agreements).toEqual([]);
  });

  it('refuses an agreement or a party the log did not hold, naming the scope field', () => {
    expect(() => buildStatusSnapshot({ scope: { agreementId: 'nope' }, on: '2022-01-01', title: 'T' }, source())).toThrow(InvalidSnapshot);
    expect(() => buildStatusSnapshot({ scope: { agreementId: 'nope' }, on: '2022-01-01', title: 'T' }, source())).toThrow(
      expect.objectContaining({ field: 'scope.agreementId' }),
    );
    expect(() => buildStatusSnapshot({ scope: { partyId: 'muurame' }, on: '2022-01-01', title: 'T' }, source())).toThrow(
      expect.objectContaining({ field: 'scope.partyId' }),
    );
  });

  it('renders Markdown and HTML from templates found beside the code', () => {
    const snapshot = buildStatusSnapshot({ scope: { agreementId: 'ks-family-law' }, on: '2023-12-01', title: 'Katselmus & <b>2023</b>' }, source());
    const html = renderSnapshotHtml(snapshot, { sha256: 'd'.repeat(64) });
    expect(html).toContain('<title>Katselmus &amp; &lt;b&gt;2023&lt;/b&gt; — 1.12.2023</title>');
    expect(html).toContain('Laukaan kunta');
    expect(html).toContain('Toteutunut <span class="en">/ Met</span>');
    const md = renderSnapshotMarkdown(snapshot, { sha256: 'd'.repeat(64) });
    expect(md).toContain('# Katselmus & \\<b\\>2023\\</b\\>');
    expect(md).toContain('| Laukaan kunta | Osapuoli / Participant |');
  });

  describe('an assumed fact', () => {
    const note = 'Pöytäkirja ei kerro allekirjoituspäivää; the minutes do not give the signing date';
    const assumedHistory = history.map((event) =>
      event.type === 'SignatureRecorded' && event.data.partyId === 'laukaa' ? { ...event, data: { ...event.data, assumed: { note } } } : event,
    );
    const snapshot = buildStatusSnapshot({ scope: { agreementId: 'ks-family-law' }, on: '2022-01-01', title: 'T' }, source(assumedHistory));

    it('carries its note in the document, and marks the obligations resting on it', () => {
      const [agreement] = snapshot.agreements;
      expect(agreement.parties.find((p) => p.partyId === 'laukaa')!.signature).toMatchObject({ assumed: note });
      const assumedObligations = agreement.obligations.flatMap((group) => group.obligations.filter((o) => o.assumed).map(() => group.partyId));
      expect(new Set(assumedObligations)).toEqual(new Set(['laukaa']));
    });

    it('is marked in Markdown, with its note as a footnote', () => {
      const md = renderSnapshotMarkdown(snapshot, { sha256: 'd'.repeat(64) });
      expect(md).toContain('2020 **OLETETTU / ASSUMED**[^1]');
      expect(md).toContain(`[^1]: ${note}`);
      expect(md).toContain('[^2]: Velvoite perustuu oletettuun kirjaukseen.');
    });

    it('is marked in HTML, with its note as a footnote', () => {
      const html = renderSnapshotHtml(snapshot, { sha256: 'd'.repeat(64) });
      expect(html).toContain('<span class="badge assumed">Oletettu <span class="en">/ Assumed</span></span><sup><a href="#note-1">1</a></sup>');
      expect(html).toContain(`<li id="note-1">${note}</li>`);
    });

    it('leaves the document of a log without assumptions as it was', () => {
      const plain = JSON.stringify(buildStatusSnapshot({ scope: { agreementId: 'ks-family-law' }, on: '2022-01-01', title: 'T' }, source()));
      expect(plain).not.toContain('assumed');
      expect(renderSnapshotMarkdown(JSON.parse(plain), { sha256: 'd'.repeat(64) })).not.toContain('ASSUMED');
    });
  });

  describe('with places, a due date and a competent body in the terms', () => {
    const office = { id: 'office', kind: 'office' as const, municipality: 'jyvaskyla', name: 'Jyväskylä' };
    const parties = termsInput().parties.map((party) => (party.partyId === 'laukaa' ? { ...party, approvalBy: { body: 'kunnanhallitus' } } : party));
    const lautakunta = { ...approvedBy('laukaa', 1, '2020-10-01'), data: { ...approvedBy('laukaa', 1, '2020-10-01').data, body: 'perusturvalautakunta' } };
    const events: AgreementEvent[] = [
      draftedWith({
        parties,
        locations: [office],
        obligations: [
          ...termsInput().obligations,
          { id: 'transfer', type: 'transfer-of-undertaking', obligor: { partyId: 'laukaa' }, description: { fi: 'Luovutus' }, recurrence: 'once', dueOn: '2021-05-01', at: 'office' },
        ],
      }),
      lautakunta,
      ...approvedAndSignedBy(FOUNDING_PARTIES),
      enteredIntoForce(),
    ];
    const snapshotOn = (on: string) =>
      buildStatusSnapshot({ scope: { agreementId: 'ks-family-law' }, on, title: 'T' }, { ...source(events), agreements: [{ state: stateAfter(events), sinceLastReview: [] }] });

    it('lists a once obligation with its place and due date, overdue after it, and says why a decision does not count', () => {
      const [agreement] = snapshotOn('2021-06-01').agreements;
      const transfer = agreement.obligations.find((group) => group.partyId === 'laukaa')!.obligations.find((o) => o.obligationId === 'transfer');
      expect(transfer).toMatchObject({ location: office, dueOn: '2021-05-01', overdue: true });
      const [uncounted, counted] = agreement.parties.find((p) => p.partyId === 'laukaa')!.decisions;
      expect(uncounted.doesNotCount).toMatch(/require a decision of kunnanhallitus, not of perusturvalautakunta/);
      expect(counted).not.toHaveProperty('doesNotCount');
      expect(renderSnapshotMarkdown(snapshotOn('2021-06-01'), { sha256: 'a'.repeat(64) })).toContain('myöhässä / overdue');
    });

    it('keeps these keys out of an agreement whose terms have none of them, so earlier documents keep their digest', () => {
      const json = canonicalJson(buildStatusSnapshot({ scope: { agreementId: 'ks-family-law' }, on: '2024-01-15', title: 'T' }, source()));
      expect(json).not.toMatch(/"(location|dueOn|doesNotCount|procedure|referredTo)"/);
      const obligations = JSON.parse(json).agreements[0].obligations.flatMap((group: { obligations: object[] }) => group.obligations);
      expect(obligations.filter((obligation: object) => 'overdue' in obligation)).toEqual([]);
    });
  });
});
