/**
 * Streams.BatchAppend on the test double: the call the client makes for every append once the server lists it among
 * its features (added in server 21.10, per the client's "Make BatchAppend changes backwards compatible" fallback,
 * kurrent-io/KurrentDB-Client-Dotnet issue 150; so every server Pacta supports has it). Append semantics are the
 * log's (esdb-test-log.ts, "Appending events"). One long-lived bidirectional call per client; each
 * append is a correlation id, its options (stream, expected revision, deadline) and its events, ending with
 * `is_final`; each answer names the correlation id, with a success or a google.rpc.Status error.
 */
import { Status } from '@eventstore/db-client/generated/status_pb';
import { Code } from '@eventstore/db-client/generated/code_pb';
import { AllStreamPosition, Empty, Timeout, UUID, WrongExpectedVersion } from '@eventstore/db-client/generated/shared_pb';
import { BatchAppendReq, BatchAppendResp } from '@eventstore/db-client/generated/streams_pb';
import type { Metadata, ServerDuplexStream, ServerErrorResponse } from '@grpc/grpc-js';
import { Any } from 'google-protobuf/google/protobuf/any_pb';
import type { EsdbTestLog, ExpectedState, ProposedRecord } from './esdb-test-log';
import { proposedOf, streamNameOf, uuidOf } from './esdb-wire';

export interface BatchAppendNode {
  log: EsdbTestLog;
  refusal(metadata: Metadata): Partial<ServerErrorResponse> | undefined;
  /** Counts the append; returns how to hold it when a test asked for that. */
  appending(streamId: string): { write: boolean } | undefined;
}

interface Pending {
  options?: BatchAppendReq.Options;
  proposed: ProposedRecord[];
}

function expectedOf(options: BatchAppendReq.Options): ExpectedState {
  switch (options.getExpectedStreamPositionCase()) {
    case BatchAppendReq.Options.ExpectedStreamPositionCase.STREAM_POSITION:
      return { kind: 'revision', revision: BigInt(options.getStreamPosition()) };
    case BatchAppendReq.Options.ExpectedStreamPositionCase.NO_STREAM:
      return { kind: 'no-stream' };
    case BatchAppendReq.Options.ExpectedStreamPositionCase.STREAM_EXISTS:
      return { kind: 'stream-exists' };
    default:
      return { kind: 'any' };
  }
}

function failure(code: Code, message: string, typeName: string, detail: { serializeBinary(): Uint8Array }): Status {
  const details = new Any();
  details.pack(detail.serializeBinary(), typeName);
  return new Status().setCode(code).setMessage(message).setDetails(details);
}

export function serveBatchAppend(call: ServerDuplexStream<BatchAppendReq, BatchAppendResp>, node: BatchAppendNode): void {
  // A follower refuses the whole call when the client requires the leader (see EsdbTestServer.notLeader).
  const refusal = node.refusal(call.metadata);
  if (refusal) {
    call.emit('error', refusal);
    return;
  }
  const pending = new Map<string, Pending>();
  call.on('data', (request: BatchAppendReq) => {
    const id = uuidOf(request.getCorrelationId());
    const entry = pending.get(id) ?? { proposed: [] };
    if (request.hasOptions()) entry.options = request.getOptions();
    entry.proposed.push(...request.getProposedMessagesList().map(proposedOf));
    pending.set(id, entry);
    if (!request.getIsFinal()) return;
    pending.delete(id);
    answer(id, entry.options!, entry.proposed);
  });
  call.on('end', () => call.end());
  call.on('error', () => undefined);

  function answer(correlationId: string, options: BatchAppendReq.Options, proposed: ProposedRecord[]): void {
    const streamId = streamNameOf(options.getStreamIdentifier());
    const expected = expectedOf(options);
    const response = new BatchAppendResp().setCorrelationId(new UUID().setString(correlationId)).setStreamIdentifier(options.getStreamIdentifier());
    const held = node.appending(streamId);
    if (held) {
      // The server keeps the client's deadline itself here (it comes in the options) and answers Timeout at it.
      if (held.write) node.log.append(streamId, proposed, expected);
      const deadline = options.getDeadline()?.toDate().getTime() ?? Date.now();
      setTimeout(() => {
        if (!call.writable) return;
        call.write(response.setError(failure(Code.DEADLINE_EXCEEDED, 'Timeout', 'event_store.client.Timeout', new Timeout())));
      }, Math.max(0, deadline - Date.now()));
      return;
    }
    const outcome = node.log.append(streamId, proposed, expected);
    if (outcome.ok) {
      const success = new BatchAppendResp.Success();
      if (outcome.currentRevision < 0n) success.setNoStream(new Empty());
      else success.setCurrentRevision(outcome.currentRevision.toString());
      success.setPosition(
        new AllStreamPosition().setCommitPosition(outcome.position.commit.toString()).setPreparePosition(outcome.position.prepare.toString()),
      );
      call.write(response.setSuccess(success));
      return;
    }
    const wrong = new WrongExpectedVersion();
    if (outcome.currentRevision === null) wrong.setCurrentNoStream(new Empty());
    else wrong.setCurrentStreamRevision(outcome.currentRevision.toString());
    if (expected.kind === 'revision') wrong.setExpectedStreamPosition(expected.revision.toString());
    else if (expected.kind === 'no-stream') wrong.setExpectedNoStream(new Empty());
    else if (expected.kind === 'stream-exists') wrong.setExpectedStreamExists(new Empty());
    else wrong.setExpectedAny(new Empty());
    call.write(response.setError(failure(Code.FAILED_PRECONDITION, 'WrongExpectedVersion', 'event_store.client.WrongExpectedVersion', wrong)));
  }
}
