/**
 * A read model's tables and indexes, and the version of what it derives. Bump the version whenever its tables or
 * what it derives change: on the next start the runner finds the stored version differs and rebuilds the read
 * models from position 0. Index names carry the generation ($generation) that made them, so that the tables a
 * rebuild set aside keep theirs until they are dropped.
 */
export interface ReadModelSchema {
  readonly name: string;
  readonly version: number;
  /** Run on a file holding none of its tables; it may also clear what the model keeps in `meta`. */
  readonly create: string;
}

/** The tables the schema creates. */
export const tablesOf = (schema: ReadModelSchema): string[] => [...schema.create.matchAll(/CREATE TABLE (\w+)/g)].map((match) => match[1]);
