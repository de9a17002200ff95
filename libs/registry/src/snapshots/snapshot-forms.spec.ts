import { canonicalJson, sha256Hex } from '@pacta/event-store';
import { buildStatusSnapshot, type SnapshotSource } from '@pacta/snapshots';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inForce, stateAfter } from '../../../domain/src/testing/fixtures';
import { SnapshotForms, type RenderOutcome } from './snapshot-forms';

const request = { scope: { agreementId: 'ks-family-law' }, on: '2023-12-01', title: 'Katselmus 2023' };
const source: SnapshotSource = {
  asOfPosition: 9,
  heads: 'c'.repeat(64),
  agreements: [{ state: stateAfter(inForce), sinceLastReview: [] }],
  parties: { jyvaskyla: { name: { fi: 'Jyväskylän kaupunki' }, type: 'municipality' } },
};
const recorded = sha256Hex(canonicalJson(buildStatusSnapshot(request, source)));
const refused = (outcome: RenderOutcome & { ok: false }) => new Error(`refused: ${outcome.regenerated}`);

describe('SnapshotForms', () => {
  it('given readers of one snapshot at once and later, renders its forms once and serves the kept files', async () => {
    const logged: string[] = [];
    const forms = new SnapshotForms(mkdtempSync(join(tmpdir(), 'pacta-forms-')), (message) => logged.push(message));
    let folds = 0;
    const job = async () => (folds++, { request, source, sha256: recorded });

    const files = await Promise.all([forms.file('sn-1', 'html', job, refused), forms.file('sn-1', 'md', job, refused), forms.file('sn-1', 'html', job, refused)]);
    const again = await forms.file('sn-1', 'json', job, refused);

    expect(folds).toBe(1);
    expect(logged).toHaveLength(1);
    expect(readFileSync(files[0], 'utf8')).toContain('Katselmus 2023');
    expect(readFileSync(files[1], 'utf8')).toContain('# Katselmus 2023');
    expect(sha256Hex(readFileSync(again, 'utf8'))).toBe(recorded);
  });

  it('given a log that no longer gives the recorded digest, keeps nothing and says what it gives now', async () => {
    const forms = new SnapshotForms(mkdtempSync(join(tmpdir(), 'pacta-forms-')));
    const job = async () => ({ request, source, sha256: 'f'.repeat(64) });
    await expect(forms.file('sn-2', 'html', job, refused)).rejects.toThrow(`refused: ${recorded}`);
    expect(existsSync(forms.fileOf('sn-2', 'html'))).toBe(false);
    expect(existsSync(forms.fileOf('sn-2', 'json'))).toBe(false);
  });
});
