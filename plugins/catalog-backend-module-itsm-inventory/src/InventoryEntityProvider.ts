import fs from 'node:fs/promises';
import path from 'node:path';
import {
  LoggerService,
  SchedulerServiceTaskRunner,
} from '@backstage/backend-plugin-api';
import {
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import { InventoryProblem, parseInventoryFile } from './parseInventoryFile';

/** At most this many problems of one file are logged, then a count. */
const LOGGED_PROBLEMS = 50;

/**
 * Provides the devices of one inventory file (CSV or YAML) to the catalog
 * as Resource entities, re-reading it on a schedule. A file with any
 * problem is not imported: the catalog keeps what the last good read
 * provided, and every problem is logged with the file and line.
 */
export class InventoryEntityProvider implements EntityProvider {
  private connection?: EntityProviderConnection;
  private readonly file: string;

  constructor(
    private readonly options: {
      /** As configured; resolved against the backend's working directory. */
      file: string;
      logger: LoggerService;
      taskRunner: SchedulerServiceTaskRunner;
    },
  ) {
    this.file = path.resolve(options.file);
  }

  getProviderName(): string {
    return `itsm-inventory:${this.options.file}`;
  }

  async connect(connection: EntityProviderConnection): Promise<void> {
    this.connection = connection;
    await this.options.taskRunner.run({
      id: this.getProviderName(),
      fn: async () => {
        await this.read();
      },
    });
  }

  /**
   * Reads the file and, if it has no problem, replaces what this provider
   * gave the catalog with its devices. Returns what happened.
   */
  async read(): Promise<
    { imported: number } | { problems: InventoryProblem[] }
  > {
    if (!this.connection) {
      throw new Error(`${this.getProviderName()} is not connected`);
    }
    let text: string;
    try {
      text = await fs.readFile(this.file, 'utf8');
    } catch (error) {
      return this.refuse([
        { file: this.file, line: 0, message: `cannot read it: ${error}` },
      ]);
    }
    const { entities, problems } = parseInventoryFile({
      file: this.file,
      text,
      location: `file:${this.file}`,
    });
    if (problems.length > 0) {
      return this.refuse(problems);
    }
    await this.connection.applyMutation({
      type: 'full',
      entities: entities.map(entity => ({
        entity,
        locationKey: this.getProviderName(),
      })),
    });
    this.options.logger.info(
      `Imported ${entities.length} devices from inventory ${this.file}`,
    );
    return { imported: entities.length };
  }

  private refuse(problems: InventoryProblem[]) {
    const { logger } = this.options;
    for (const p of problems.slice(0, LOGGED_PROBLEMS)) {
      logger.error(
        `Inventory ${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`,
      );
    }
    if (problems.length > LOGGED_PROBLEMS) {
      logger.error(
        `Inventory ${this.file}: ${
          problems.length - LOGGED_PROBLEMS
        } more problems`,
      );
    }
    logger.error(
      `Inventory ${this.file} was not imported (${problems.length} problems); the catalog keeps its last good import`,
    );
    return { problems };
  }
}
