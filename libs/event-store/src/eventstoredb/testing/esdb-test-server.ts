/**
 * A wire-level test double of the EventStoreDB server: the client package's own gRPC service definitions served by
 * @grpc/grpc-js over an in-memory log (esdb-test-log.ts), started in-process by tests. It answers what the Pacta
 * adapter sends — server features, appends, reads of a stream and of `$all`, catch-up subscriptions to `$all` —
 * and can inject the failures a real cluster has: a dropped connection, a follower's "not leader", a deadline.
 */
import {
  Metadata,
  Server,
  ServerCredentials,
  status,
  type sendUnaryData,
  type ServerErrorResponse,
  type ServerReadableStream,
  type ServerDuplexStream,
  type ServerUnaryCall,
  type ServerWritableStream,
} from '@grpc/grpc-js';
import type { Empty } from '@eventstore/db-client/generated/shared_pb';
import { SupportedMethod, SupportedMethods } from '@eventstore/db-client/generated/serverfeatures_pb';
import { ServerFeaturesService } from '@eventstore/db-client/generated/serverfeatures_grpc_pb';
import { StreamsService } from '@eventstore/db-client/generated/streams_grpc_pb';
import { AppendReq, AppendResp, BatchAppendReq, BatchAppendResp, ReadReq, ReadResp } from '@eventstore/db-client/generated/streams_pb';
import { randomUUID } from 'node:crypto';
import { serveBatchAppend } from './esdb-batch-append';
import { EsdbTestLog, type EsdbTestLogOptions, type ExpectedState, type LogPosition, type ProposedRecord } from './esdb-test-log';
import {
  appendResponseOf,
  caughtUpResponse,
  confirmationResponse,
  eventResponseOf,
  expectedStateOf,
  filterOf,
  positionOf,
  proposedOf,
  streamNameOf,
  streamNotFoundResponse,
} from './esdb-wire';

export interface EsdbTestServerOptions extends EsdbTestLogOptions {
  /** false: reads of a stream carry no event positions, as before server 22.6. Default true. */
  positionsOnStreamReads?: boolean;
  /** What the server-features call reports. Default 24.10.0; '' answers that call UNIMPLEMENTED, as before 21.10. */
  serverVersion?: string;
  /** Another node's log: the nodes of one cluster share one. Default: a log of its own. */
  log?: EsdbTestLog;
  /** Makes this node a follower of the node at `leader` (host:port). */
  leader?: string;
  /** false: the node does not offer BatchAppend, so the client appends with the classic Append call. Default true. */
  batchAppend?: boolean;
}

/** How many calls of each kind the node answered (or refused): lets a test show what an operation costs on the wire. */
export interface CallCounts {
  append: number;
  readStream: number;
  readAll: number;
  subscribeToAll: number;
  serverFeatures: number;
}

interface HeldAppend {
  write: boolean;
}

export class EsdbTestServer {
  readonly log: EsdbTestLog;
  readonly calls: CallCounts = { append: 0, readStream: 0, readAll: 0, subscribeToAll: 0, serverFeatures: 0 };
  /** Every stream an append was asked for, in order (including refused ones). */
  readonly appendedStreams: string[] = [];
  private readonly subscriptions = new Set<ServerWritableStream<ReadReq, ReadResp>>();
  private readonly held: HeldAppend[] = [];
  private port = 0;

  private constructor(
    private readonly server: Server,
    private readonly options: EsdbTestServerOptions,
  ) {
    this.log = options.log ?? new EsdbTestLog(options);
  }

  static async start(options: EsdbTestServerOptions = {}): Promise<EsdbTestServer> {
    const node = new EsdbTestServer(new Server(), options);
    node.server.addService(StreamsService, {
      append: (call: ServerReadableStream<AppendReq, AppendResp>, callback: sendUnaryData<AppendResp>) => node.append(call, callback),
      read: (call: ServerWritableStream<ReadReq, ReadResp>) => node.read(call),
      ...((options.batchAppend ?? true) && {
        batchAppend: (call: ServerDuplexStream<BatchAppendReq, BatchAppendResp>) =>
          serveBatchAppend(call, {
            log: node.log,
            refusal: (metadata) => node.refusing(metadata, ''),
            appending: (streamId) => {
              node.calls.append++;
              node.appendedStreams.push(streamId);
              return node.held.shift();
            },
          }),
      }),
    });
    node.server.addService(ServerFeaturesService, {
      getSupportedMethods: (_call: ServerUnaryCall<Empty, SupportedMethods>, callback: sendUnaryData<SupportedMethods>) => node.features(callback),
    });
    node.port = await new Promise<number>((resolve, reject) =>
      node.server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (error, port) => (error ? reject(error) : resolve(port))),
    );
    return node;
  }

  get endpoint(): string {
    return `127.0.0.1:${this.port}`;
  }

  /** A connection string for this node; extra settings such as `defaultDeadline=300` are appended. */
  connectionString(...settings: string[]): string {
    return `esdb://${this.endpoint}?${['tls=false', ...settings].join('&')}`;
  }

  /**
   * The next append is not answered in time: with Append the client's deadline expires (connection string setting
   * `defaultDeadline`, server documentation "Connecting to EventStoreDB"); with BatchAppend the server answers
   * Timeout at the deadline the client sent. With `write`, the events are written first: the outcome the caller
   * cannot know.
   */
  holdNextAppend(options: HeldAppend = { write: false }): void {
    this.held.push(options);
  }

  /** Ends every live subscription as a dropped connection does: the client sees UNAVAILABLE. */
  dropSubscriptions(): number {
    const dropped = [...this.subscriptions];
    for (const call of dropped) {
      this.subscriptions.delete(call);
      call.emit('error', { code: status.UNAVAILABLE, details: 'connection reset by the test double' });
    }
    return dropped.length;
  }

  get liveSubscriptions(): number {
    return this.subscriptions.size;
  }

  async stop(): Promise<void> {
    this.dropSubscriptions();
    this.server.forceShutdown();
  }

  /**
   * Server documentation, "Server features" (EventStoreDB 21.10+): which methods the node supports, and its
   * version. The client appends with BatchAppend when it is listed, with the classic Append call otherwise.
   */
  private features(callback: sendUnaryData<SupportedMethods>): void {
    this.calls.serverFeatures++;
    const version = this.options.serverVersion ?? '24.10.0';
    if (version === '') return callback({ code: status.UNIMPLEMENTED, details: 'server features came in 21.10' });
    const methods = [
      ['event_store.client.streams.streams', 'read'],
      ['event_store.client.streams.streams', 'append'],
      ...((this.options.batchAppend ?? true) ? [['event_store.client.streams.streams', 'batchappend']] : []),
      ['event_store.client.server_features.serverfeatures', 'getsupportedmethods'],
    ].map(([service, method]) => new SupportedMethod().setServiceName(service!).setMethodName(method!));
    callback(null, new SupportedMethods().setMethodsList(methods).setEventStoreServerVersion(version));
  }

  /**
   * A follower refuses a request marked `requires-leader` with the not-leader error, naming the leader in the
   * trailers `leader-endpoint-host`/`-port` (server documentation, "Connecting to EventStoreDB" → "Connection
   * string", `nodePreference`; the client reconnects to the node named there).
   */
  private notLeader(metadata: Metadata): Partial<ServerErrorResponse> | undefined {
    if (!this.options.leader || metadata.get('requires-leader')[0] !== 'true') return undefined;
    const [host, port] = this.options.leader.split(':');
    const trailers = new Metadata();
    trailers.set('exception', 'not-leader');
    trailers.set('leader-endpoint-host', host!);
    trailers.set('leader-endpoint-port', port!);
    return { code: status.NOT_FOUND, details: 'Leader info available', metadata: trailers };
  }

  /** A follower's refusal of a batch-append call, counted as the append it refuses. */
  private refusing(metadata: Metadata, streamId: string): Partial<ServerErrorResponse> | undefined {
    const refusal = this.notLeader(metadata);
    if (refusal) {
      this.calls.append++;
      this.appendedStreams.push(streamId);
    }
    return refusal;
  }

  private append(call: ServerReadableStream<AppendReq, AppendResp>, callback: sendUnaryData<AppendResp>): void {
    this.calls.append++;
    let streamId = '';
    let expected: ExpectedState = { kind: 'any' };
    const proposed: ProposedRecord[] = [];
    call.on('data', (request: AppendReq) => {
      if (request.hasOptions()) {
        streamId = streamNameOf(request.getOptions()!.getStreamIdentifier());
        expected = expectedStateOf(request.getOptions()!);
      } else if (request.hasProposedMessage()) {
        proposed.push(proposedOf(request.getProposedMessage()!));
      }
    });
    call.on('error', () => undefined);
    call.on('end', () => {
      this.appendedStreams.push(streamId);
      const refusal = this.notLeader(call.metadata);
      if (refusal) return callback(refusal);
      const held = this.held.shift();
      if (held) {
        if (held.write) this.log.append(streamId, proposed, expected);
        return; // never answered: the client gives up at its deadline
      }
      // "Appending events": an append is atomic — all of its events are written, or none.
      callback(null, appendResponseOf(this.log.append(streamId, proposed, expected), expected));
    });
  }

  private read(call: ServerWritableStream<ReadReq, ReadResp>): void {
    const options = call.request.getOptions();
    if (!options) {
      call.emit('error', { code: status.INVALID_ARGUMENT, details: 'no read options' });
      return;
    }
    if (options.hasSubscription()) return this.subscribe(call, options);
    const count = Number(options.getCount() || '0');
    const direction = options.getReadDirection() === ReadReq.Options.ReadDirection.BACKWARDS ? 'backwards' : 'forwards';
    if (options.hasStream()) {
      this.calls.readStream++;
      const stream = options.getStream()!;
      const name = streamNameOf(stream.getStreamIdentifier());
      const from = stream.hasRevision() ? BigInt(stream.getRevision()) : stream.hasEnd() ? 'end' : 'start';
      const records = this.log.readStream(name, from, direction, count);
      // "Reading events": reading a stream that does not exist answers StreamNotFound.
      if (!records) call.write(streamNotFoundResponse(name));
      else for (const r of records) call.write(eventResponseOf(r, this.options.positionsOnStreamReads ?? true));
      call.end();
      return;
    }
    this.calls.readAll++;
    const all = options.getAll()!;
    const from = all.hasPosition() ? positionOf(all.getPosition()!) : all.hasEnd() ? 'end' : 'start';
    const keep = filterOf(options);
    for (const r of this.log.readAll(from, direction, count)) if (keep(r)) call.write(eventResponseOf(r, true));
    call.end();
  }

  /**
   * Server documentation, "Subscriptions" → "Subscribing to $all": confirmed first; then every event after the
   * given position (exclusive; from the start when none), then "caught up", then each new event as it is written.
   * Only `$all` is served: the adapter subscribes to nothing else.
   */
  private subscribe(call: ServerWritableStream<ReadReq, ReadResp>, options: ReadReq.Options): void {
    if (!options.hasAll()) {
      call.emit('error', { code: status.UNIMPLEMENTED, details: 'the test double serves subscriptions to $all only' });
      return;
    }
    this.calls.subscribeToAll++;
    const all = options.getAll()!;
    const keep = filterOf(options);
    let sent: LogPosition | 'start' = all.hasPosition() ? positionOf(all.getPosition()!) : all.hasEnd() ? (this.log.lastPosition() ?? 'start') : 'start';
    const pump = () => {
      for (const r of this.log.recordsAfter(sent)) {
        sent = r.position;
        if (keep(r)) call.write(eventResponseOf(r, true));
      }
    };
    call.write(confirmationResponse(randomUUID()));
    pump();
    call.write(caughtUpResponse());
    const stop = this.log.onWrite(pump);
    this.subscriptions.add(call);
    const end = () => {
      stop();
      this.subscriptions.delete(call);
    };
    call.on('cancelled', end);
    call.on('close', end);
    call.on('error', end);
  }
}
