import type { Assumed, Source } from '@pacta/domain';

/** The five seed documents (docs/sources.md), by file name, with the SHA-256 of each file as kept. */
export const SEED_DOCUMENTS = {
  '000': { document: '000_a87a56af6191f029.txt', sha256: 'f4f39ba7cec39e0db349688ed605bd3e08fc2cd43e61342fcdee5048d731a271' },
  '001': { document: '001_4727a8b627dbf8e9.txt', sha256: '77570ec12b3db6e7ce7be0f954cfb3b8a6a888c4d96ac7e787d0f0862e16a423' },
  '002': { document: '002_a8f13f1475d46feb.txt', sha256: '775065d036ac2311aba02e2c79c89f1423659aaf5e85e492607c23e968c4b64c' },
  '003': { document: '003_5537c5415829e936.txt', sha256: '238c8aee7efaaac310c6fd0c06eb1b0c83df98cea8da48fdcd3fbd5d2c35c9c2' },
  '004': { document: '004_06a00960c3cd824c.txt', sha256: '68a5c6a6d18868bc072de617eb05de6cfa393a95e0f65ceadda8423d4155fa6b' },
} as const;

export type SeedDocument = keyof typeof SEED_DOCUMENTS;

/** The place in a seed document a fact rests on: its § where it has one, else the passage. */
export const sourceIn = (seed: SeedDocument, reference: string): Source => ({ ...SEED_DOCUMENTS[seed], reference });

/** A fact the documents do not state, recorded because the case needs it. */
export const assumedThat = (note: string): Assumed => ({ note });
