/** The domain side of an event; the store wraps it in an envelope the domain never sees. */
export interface EventOf<Type extends string, Data> {
  readonly type: Type;
  readonly schemaVersion: 1;
  readonly data: Data;
}
