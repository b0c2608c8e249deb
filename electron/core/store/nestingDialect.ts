import { CompiledQuery, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver, type SqliteDialectConfig } from 'kysely';
import type BetterSqlite3 from 'better-sqlite3';

/**
 * Kysely's SQLite driver, except that a transaction begun while the connection is already inside one
 * becomes a savepoint. Dispatch runs every write call inside one transaction (so the change and its
 * audit entry commit together, or neither), and the handlers' own `db.transaction()` nest inside it.
 */
class NestingSqliteDriver extends SqliteDriver {
  readonly #sqlite: BetterSqlite3.Database;
  /** per open Kysely transaction (they never overlap: the driver lends its one connection to one at a time) */
  readonly #nested: boolean[] = [];

  constructor(config: SqliteDialectConfig & { database: BetterSqlite3.Database }) {
    super(config);
    this.#sqlite = config.database;
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    if (this.#sqlite.inTransaction) {
      this.#nested.push(true);
      await connection.executeQuery(CompiledQuery.raw('savepoint kysely_nested'));
    } else {
      this.#nested.push(false);
      await super.beginTransaction(connection);
    }
  }

  override async commitTransaction(connection: DatabaseConnection): Promise<void> {
    if (this.#nested.pop()) await connection.executeQuery(CompiledQuery.raw('release kysely_nested'));
    else await super.commitTransaction(connection);
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (this.#nested.pop()) {
      await connection.executeQuery(CompiledQuery.raw('rollback to kysely_nested'));
      await connection.executeQuery(CompiledQuery.raw('release kysely_nested'));
    } else {
      await super.rollbackTransaction(connection);
    }
  }
}

export class NestingSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig & { database: BetterSqlite3.Database };

  constructor(config: SqliteDialectConfig & { database: BetterSqlite3.Database }) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new NestingSqliteDriver(this.#config);
  }
}
