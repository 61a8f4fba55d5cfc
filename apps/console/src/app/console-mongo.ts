import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Db, MongoClient } from 'mongodb';
import { logMongoTopology, mongoClientOptions } from '@newsflow/service-kit';
import { ConsoleEnv } from './console.env';

/**
 * The console's MongoDB client. A driver client rather than a mongoose connection: it connects
 * lazily and reconnects by itself, so an outage shows on the dashboard and does not stop the console.
 */
@Injectable()
export class ConsoleMongo implements OnApplicationShutdown {
  private readonly client: MongoClient;

  constructor(config: ConfigService<ConsoleEnv, true>) {
    this.client = new MongoClient(config.get('MONGO_URI', { infer: true }), { serverSelectionTimeoutMS: 2000, ...mongoClientOptions(config) });
    logMongoTopology(this.client);
  }

  db(): Db {
    return this.client.db();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client.close();
  }
}
