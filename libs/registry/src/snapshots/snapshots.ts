import {
  parseSnapshotRequest,
  snapshotDecider,
  snapshotPosition,
  SnapshotNotFound,
  type GenerateSnapshot,
  type SnapshotEvent,
  type SnapshotGeneratedData,
  type SnapshotRequestInput,
  type SnapshotState,
} from '@pacta/domain';
import type { EventStore } from '@pacta/event-store';
import { snapshotDocument, type SnapshotDocument, type SnapshotForm, type SnapshotSource } from '@pacta/snapshots';
import { checkpointBody, parseCheckpointBody, parseNote, type NoteSigner } from '@pacta/transparency';
import { createHash, randomBytes } from 'node:crypto';
import type { Clock } from '../clock/clock';
import type { CommandContext } from '../streams/command-context';
import { StreamRepository } from '../streams/stream-repository';
import { SnapshotForms } from './snapshot-forms';
import { snapshotSourceAt } from './snapshot-source';

/** What a snapshot is asked for (atPosition: the log position to reflect; default the head). */
export type SnapshotRequest = SnapshotRequestInput;

export interface SnapshotReceipt {
  id: string;
  asOfPosition: number;
  sha256: string;
  /** Where SnapshotGenerated was written. */
  position: number;
  replayed?: boolean;
}

/** What signs the checkpoint a snapshot carries: the transparency log's key and origin. */
export interface CheckpointSigning {
  signer: NoteSigner;
  origin: string;
}

/** What a recorded snapshot pins its document with. */
type RecordedPin = Pick<SnapshotGeneratedData, 'documentVersion' | 'checkpoint'>;

/** A generated snapshot as the log records it. */
export interface SnapshotRecord extends Omit<SnapshotGeneratedData, 'snapshotId'> {
  id: string;
  position: number;
  recordedAt: string;
  actor: string;
  role: string;
  /** The parties the actor acted for; absent when it acts for all. */
  parties?: string[];
}


export type { SnapshotForm };

/** The log no longer gives the bytes recorded for a snapshot: the log or the document builder has changed. */
export class SnapshotNotReproducible extends Error {
  constructor(
    readonly snapshotId: string,
    readonly recorded: string,
    readonly regenerated: string,
  ) {
    super(`snapshot ${snapshotId} was recorded with SHA-256 ${recorded}, but the log now gives ${regenerated}`);
    this.name = 'SnapshotNotReproducible';
  }
}

/** A replayed request with the same Idempotency-Key lands on the same snapshot; without a key each one is new. */
function newSnapshotId(context: CommandContext): string {
  const seed = context.idempotency ? `snapshot\n${context.actor}\n${context.idempotency.key}` : randomBytes(16).toString('hex');
  return `sn-${createHash('sha256').update(seed).digest('hex').slice(0, 16)}`;
}

/**
 * Status snapshots: generated from the log folded up to a position and recorded as SnapshotGenerated in their own
 * stream; their forms are regenerated from the log once, checked, and kept (`forms`). Plain class, so the CLI uses
 * it without Nest.
 */
export class Snapshots {
  private readonly streams: StreamRepository<GenerateSnapshot, SnapshotEvent, SnapshotState>;

  constructor(
    private readonly store: EventStore,
    clock: Clock,
    private readonly forms?: SnapshotForms,
    private readonly checkpoints?: CheckpointSigning,
  ) {
    this.streams = new StreamRepository(store, snapshotDecider, clock);
  }

  /** The document at a position: as recorded (its version and checkpoint), or new. */
  async document(request: Omit<SnapshotRequest, 'atPosition'>, asOfPosition: number, recorded?: RecordedPin): Promise<SnapshotDocument> {
    return snapshotDocument(request, await this.sourceAt(asOfPosition, recorded));
  }

  /**
   * The log folded to the position, with the checkpoint a version 2 document carries: the recorded one when the log
   * still gives its tree size and root (so a changed key does not change the bytes), else one signed now — which,
   * differing from the recorded bytes, makes the regenerated document refuse.
   */
  private sourceAt(asOfPosition: number, recorded?: RecordedPin): Promise<SnapshotSource> {
    const signing = this.checkpoints;
    if (!signing || recorded?.documentVersion === 1) return snapshotSourceAt(this.store, asOfPosition);
    return snapshotSourceAt(this.store, asOfPosition, ({ size, root }) => {
      if (recorded?.checkpoint) {
        const pinned = parseCheckpointBody(parseNote(recorded.checkpoint).body);
        if (pinned.size === size && pinned.root.equals(root)) return recorded.checkpoint;
      }
      return signing.signer.sign(checkpointBody({ origin: signing.origin, size, root }));
    });
  }

  async generate(input: SnapshotRequest, context: CommandContext): Promise<SnapshotReceipt> {
    return (await this.generateWithDocument(input, context)).receipt;
  }

  /** Generates and records a snapshot, and gives the document it recorded (for writing its forms at once). */
  async generateWithDocument(input: SnapshotRequest, context: CommandContext): Promise<{ receipt: SnapshotReceipt; document: SnapshotDocument }> {
    const { scope, on, title, atPosition } = parseSnapshotRequest(input);
    const asOfPosition = snapshotPosition(atPosition, await this.store.headPosition());
    const document = await this.document({ scope, on, title }, asOfPosition);
    const { snapshot, sha256 } = document;
    const snapshotId = newSnapshotId(context);
    const written = await this.streams.update(
      snapshotId,
      {
        type: 'GenerateSnapshot',
        snapshotId,
        scope,
        on,
        title,
        asOfPosition,
        heads: snapshot.heads,
        sha256,
        documentVersion: snapshot.documentVersion,
        ...(snapshot.checkpoint !== undefined && { checkpoint: snapshot.checkpoint }),
      },
      context,
    );
    if (!written.replayed) return { receipt: { id: snapshotId, asOfPosition, sha256, position: written.position }, document };
    const earlier = (await this.find(snapshotId))!;
    return {
      receipt: { id: snapshotId, asOfPosition: earlier.asOfPosition, sha256: earlier.sha256, position: earlier.position, replayed: true },
      document: await this.document({ scope, on, title }, earlier.asOfPosition, earlier),
    };
  }

  async find(snapshotId: string): Promise<SnapshotRecord | undefined> {
    const [generated] = await this.store.readStream(snapshotDecider.stream.streamOf(snapshotId));
    if (!generated || generated.type !== 'SnapshotGenerated') return undefined;
    const { snapshotId: _id, ...data } = generated.data as SnapshotGeneratedData;
    const { recordedAt, actor, role, parties } = generated.metadata;
    return { id: snapshotId, ...data, position: generated.globalPosition, recordedAt, actor, role, ...(parties && { parties }) };
  }

  /** The file holding the snapshot's form, regenerated from the log at its position and checked on the first read. */
  async render(snapshotId: string, form: SnapshotForm): Promise<{ record: SnapshotRecord; file: string }> {
    if (!this.forms) throw new Error('snapshot forms are served only where a directory keeps them');
    const record = await this.find(snapshotId);
    if (!record) throw new SnapshotNotFound(`snapshot ${snapshotId} does not exist`);
    const request = { scope: record.scope, on: record.on, title: record.title };
    const file = await this.forms.file(
      snapshotId,
      form,
      async () => ({ request, source: await this.sourceAt(record.asOfPosition, record), sha256: record.sha256 }),
      (outcome) =>
        outcome.regenerated ? new SnapshotNotReproducible(snapshotId, record.sha256, outcome.regenerated) : new Error(`snapshot ${snapshotId}: ${outcome.message}`),
    );
    return { record, file };
  }
}
