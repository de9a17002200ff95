import { startPacta, temporaryDataDir } from './support/pacta';

describe('a restart', () => {
  it('keeps every acknowledged write', async () => {
    const dataDir = temporaryDataDir();
    const first = await startPacta({ dataDir });
    const written = await first
      .as('registrar')
      .post('/v1/parties', { id: 'laukaa', name: { fi: 'Laukaan kunta' }, type: 'municipality', municipalityCode: '410' })
      .expect(201);
    await first.as('registrar').post('/v1/parties/laukaa/populations', { year: 2020, population: 19182, source: 'Tilastokeskus' }).expect(201);
    await first.close({ keepData: true });

    const second = await startPacta({ dataDir });
    try {
      const party = await second.as('legal').get('/v1/parties/laukaa').expect(200);
      expect(party.body.revision).toBe(1);
      expect(party.body.state.name.fi).toBe('Laukaan kunta');
      const next = await second.as('registrar').post('/v1/parties/laukaa/populations', { year: 2021, population: 19308, source: 'Tilastokeskus' }).expect(201);
      expect(next.body.position).toBe(written.body.position + 2);
    } finally {
      await second.close();
    }
  });
});
