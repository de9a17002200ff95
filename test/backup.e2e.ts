import { SqliteEventStore, verifyChain } from '@pacta/event-store';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { backupCommand } from '../apps/cli/src/commands/backup';
import { UsageError } from '../apps/cli/src/command';
import { startPacta, temporaryDataDir } from './support/pacta';

describe('pacta backup', () => {
  it('copies the log online while the service runs, and the copy restores into a working service', async () => {
    const pacta = await startPacta();
    const target = join(temporaryDataDir(), 'events-backup.db');
    try {
      for (const id of ['joutsa', 'keuruu', 'luhanka']) {
        await pacta.as('registrar').post('/v1/parties', { id, name: { fi: id }, type: 'municipality' }).expect(201);
      }
      expect(await backupCommand.run(['--out', target], { PACTA_DATA_DIR: pacta.dataDir })).toBe(0);
      await pacta.as('registrar').post('/v1/parties', { id: 'multia', name: { fi: 'Multia' }, type: 'municipality' }).expect(201);
      await expect(backupCommand.run(['--out', target], { PACTA_DATA_DIR: pacta.dataDir })).rejects.toThrow(UsageError);
    } finally {
      await pacta.close();
    }

    const copy = SqliteEventStore.open(target);
    const events = await copy.readAll(0, 100);
    await copy.close();
    expect(events.map((e) => e.streamId)).toEqual(['party-joutsa', 'party-keuruu', 'party-luhanka']);
    expect(verifyChain(events).ok).toBe(true);

    const restoredDir = temporaryDataDir();
    mkdirSync(restoredDir, { recursive: true });
    copyFileSync(target, join(restoredDir, 'events.db'));
    const restored = await startPacta({ dataDir: restoredDir });
    try {
      await restored.as('legal').get('/v1/parties/keuruu').expect(200);
      await restored.as('legal').get('/v1/parties/multia').expect(404);
    } finally {
      await restored.close();
    }
  });

  it('refuses to run without --out', async () => {
    await expect(backupCommand.run([], { PACTA_DATA_DIR: temporaryDataDir() })).rejects.toThrow(/--out/);
  });
});
