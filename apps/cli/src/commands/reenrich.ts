import { Command } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { Kafka, Partitioners, logLevel } from 'kafkajs';
import mongoose from 'mongoose';
import { join } from 'node:path';
import { ARTICLE_COLLECTION, ArticleDocument } from '@newsflow/archive-store';
import { Topics } from '@newsflow/contracts';
import { kafkaBrokers, mongoUri, stackSettings } from '@newsflow/local-stack';
import { CheckpointFile } from './reenrich/checkpoint';
import { ReenrichSummary, kafkaPublisher, reenrichArchive } from './reenrich/reenrich-archive';

interface ReenrichCliOptions {
  restart?: boolean;
  all?: boolean;
  checkpoint: string;
  pageSize: string;
}

export function reenrichCommand(): Command {
  const settings = stackSettings();
  return new Command('reenrich')
    .description('re-run enrichment over the stored articles (after a gazetteer change) and publish the results so the archive is updated; resumable')
    .option('--restart', 'ignore the checkpoint and start from the first article')
    .option('--all', 'also re-enrich articles already enriched with the current gazetteer version')
    .option('--checkpoint <file>', 'where progress is kept between runs', join(settings.home, 'reenrich-checkpoint.json'))
    .option('--page-size <n>', 'articles read, enriched and published per step', '100')
    .action((options: ReenrichCliOptions) =>
      reenrich(process.env['MONGO_URI'] ?? mongoUri(settings), process.env['KAFKA_BROKERS']?.split(',') ?? kafkaBrokers(settings), options),
    );
}

async function reenrich(uri: string, brokers: string[], options: ReenrichCliOptions): Promise<void> {
  const connection = await mongoose.createConnection(uri, { serverSelectionTimeoutMS: 5000 }).asPromise();
  const kafka = new Kafka({ clientId: 'newsflow-reenrich', brokers, logLevel: logLevel.WARN });
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, createPartitioner: Partitioners.DefaultPartitioner });
  const stop = new AbortController();
  const interrupt = () => stop.abort();
  process.once('SIGINT', interrupt);
  const bar = new SingleBar({ format: 're-enriching [{bar}] {value}/{total} articles | {eta_formatted} left' }, Presets.shades_classic);
  try {
    await producer.connect();
    const summary = await reenrichArchive(
      articlesOf(connection),
      kafkaPublisher(producer, Topics.enrichedArticles),
      {
        checkpoint: new CheckpointFile(options.checkpoint),
        restart: options.restart,
        all: options.all,
        pageSize: Number(options.pageSize),
        signal: stop.signal,
        onStart: (total, done) => bar.start(total, done),
        onProgress: (done) => bar.update(done),
      },
    );
    bar.stop();
    console.log(describe(summary, options.checkpoint));
  } finally {
    bar.stop();
    process.off('SIGINT', interrupt);
    await producer.disconnect();
    await connection.close();
  }
}

/** The native driver's collection: the archive is read as stored, without mongoose documents. */
function articlesOf(connection: mongoose.Connection) {
  if (!connection.db) throw new Error('MongoDB connection has no database');
  return connection.db.collection<ArticleDocument>(ARTICLE_COLLECTION);
}

function describe(s: ReenrichSummary, checkpoint: string): string {
  const what = `${s.published} article(s) re-enriched with gazetteer ${s.gazetteerVersion} and published to ${Topics.enrichedArticles}`;
  if (!s.completed) return `${what}; stopped at ${s.done} — run again to continue (checkpoint ${checkpoint})`;
  if (s.published === 0 && s.done > 0) return `nothing to do: all ${s.done} article(s) were re-enriched with gazetteer ${s.gazetteerVersion} (--restart to redo)`;
  return `${what}; done (${s.done} in all)`;
}
