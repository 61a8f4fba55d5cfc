import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { MongoClient } from 'mongodb';
import { ARTICLE_COLLECTION, ArticleDocument } from '@newsflow/archive-store';
import { ArticleSummary, FeedSummary, MongoStatus } from '@newsflow/console-status';
import { redactUrl, redactUrlsIn } from '@newsflow/crawling';
import { FEED_COLLECTION, FeedDocument } from '@newsflow/feed-store';
import { ConsoleEnv } from './console.env';

const LATEST_ARTICLES = 8;
const FEEDS_SHOWN = 50;
const HOUR_MS = 3_600_000;

/** Reads MongoDB for the dashboard: server status, article counts, the latest articles, the feed registry. */
@Injectable()
export class ArchiveReader implements OnApplicationShutdown {
  private readonly client: MongoClient;
  private readonly queryApiUrl?: string;

  constructor(config: ConfigService<ConsoleEnv, true>) {
    // The driver connects lazily and reconnects by itself: a MongoDB outage shows on the page, it does not stop the console.
    this.client = new MongoClient(config.get('MONGO_URI', { infer: true }), { serverSelectionTimeoutMS: 2000 });
    this.queryApiUrl = config.get('QUERY_API_URL', { infer: true })?.replace(/\/+$/, '');
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client.close();
  }

  async status(now = Date.now()): Promise<MongoStatus> {
    const db = this.client.db();
    try {
      const build = await db.admin().buildInfo();
      const articles = db.collection<ArticleDocument>(ARTICLE_COLLECTION);
      const [articleCount, articlesLastHour] = await Promise.all([
        articles.countDocuments(),
        articles.countDocuments({ storedAt: { $gte: new Date(now - HOUR_MS) } }),
      ]);
      const version = build['ferretdbVersion'] ? `FerretDB ${build['ferretdbVersion']}, MongoDB ${build['version']} compatible` : `MongoDB ${build['version']}`;
      return { reachable: true, version, database: db.databaseName, articleCount, articlesLastHour };
    } catch (error) {
      return { reachable: false, database: db.databaseName, error: (error as Error).message };
    }
  }

  async latestArticles(): Promise<ArticleSummary[]> {
    const found = await this.client
      .db()
      .collection<ArticleDocument>(ARTICLE_COLLECTION)
      .find({}, { projection: { _id: 0, articleId: 1, title: 1, sourceUrl: 1, language: 1, storedAt: 1, bodies: 1, stances: 1 } })
      .sort({ storedAt: -1 })
      .limit(LATEST_ARTICLES)
      .toArray();
    return found.map((article) => ({
      articleId: article.articleId,
      title: article.title,
      sourceUrl: article.sourceUrl,
      language: article.language,
      storedAt: article.storedAt?.toISOString(),
      bodies: (article.bodies ?? []).map(({ name, country, kind }) => ({ name, country, kind })),
      stances: (article.stances ?? []).map(({ actor, polarity, target }) => ({ actor, polarity, target })),
      link: this.queryApiUrl && `${this.queryApiUrl}/articles/${article.articleId}`,
    }));
  }

  async feeds(): Promise<FeedSummary[]> {
    const found = await this.client.db().collection<FeedDocument>(FEED_COLLECTION).find({}).sort({ url: 1 }).limit(FEEDS_SHOWN).toArray();
    return found.map((feed) => ({
      feedId: feed.feedId,
      // Shown to everyone who can log in: credentials in a feed URL stay with the crawler.
      url: redactUrl(feed.url),
      lastPolledAt: feed.lastPolledAt?.toISOString(),
      lastSuccessAt: feed.lastSuccessAt?.toISOString(),
      lastStatus: feed.lastStatus,
      consecutiveFailures: feed.consecutiveFailures,
      lastError: feed.lastError && redactUrlsIn(feed.lastError),
      nextPollAt: feed.nextPollAt?.toISOString(),
    }));
  }
}
