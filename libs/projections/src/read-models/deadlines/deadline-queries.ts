import type Database from 'better-sqlite3';
import type { CalendarDate, Deadline } from '@pacta/domain';
import { preparedWhenUsed } from '../prepared-when-used';

/** The deadlines read model: every agreement's dates to act on, in date order. */
export class DeadlineQueries {
  private readonly sql;

  constructor(db: Database.Database) {
    this.sql = preparedWhenUsed({
      deadlines: () => db
        .prepare('SELECT deadline FROM deadlines WHERE date >= ? AND date <= ? ORDER BY date, agreement_id, type, party_id')
        .pluck(),
    });
  }

  between(from?: CalendarDate, to?: CalendarDate): Deadline[] {
    const rows = this.sql.deadlines.all(from ?? '0000-01-01', to ?? '9999-12-31') as string[];
    return rows.map((row) => JSON.parse(row) as Deadline);
  }
}
