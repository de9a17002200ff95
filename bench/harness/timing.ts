/** Seconds since a process.hrtime.bigint() reading. */
export const seconds = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e9;
