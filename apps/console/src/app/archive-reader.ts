import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ARTICLE_COLLECTION, ArticleDocument, countArticles, latestArticles } from '@newsflow/archive-store';
import { ArticleSummary, FeedSummary, MongoStatus } from '@newsflow/console-status';
import { redactUrl, redactUrlsIn } from '@newsflow/crawling';
import { FEED_COLLECTION, FeedDocument, listFeeds } from '@newsflow/feed-store';
import { ConsoleEnv } from './console.env';
import { ConsoleMongo } from './console-mongo';

const LATEST_ARTICLES = 8;
const FEEDS_SHOWN = 50;
const HOUR_MS = 3_600_000;

/**
 * The dashboard's view of MongoDB through the stores' read methods: server status, article counts,
 * the latest articles, the feed registry.
 */
@Injectable()
export class ArchiveReader {
  private readonly queryApiUrl?: string;

  constructor(
    private readonly mongo: ConsoleMongo,
    config: ConfigService<ConsoleEnv, true>,
  ) {
    this.queryApiUrl = config.get('QUERY_API_URL', { infer: true })?.replace(/\/+$/, '');
  }

  async status(now = Date.now()): Promise<MongoStatus> {
    const db = this.mongo.db();
    try {
      const build = await db.admin().buildInfo();
      const counts = await countArticles(db.collection<ArticleDocument>(ARTICLE_COLLECTION), new Date(now - HOUR_MS));
      const version = build['ferretdbVersion'] ? `FerretDB ${build['ferretdbVersion']}, MongoDB ${build['version']} compatible` : `MongoDB ${build['version']}`;
      return { reachable: true, version, database: db.databaseName, articleCount: counts.total, articlesLastHour: counts.storedSince };
    } catch (error) {
      return { reachable: false, database: db.databaseName, error: (error as Error).message };
    }
  }

  async latestArticles(): Promise<ArticleSummary[]> {
    const found = await latestArticles(this.mongo.db().collection<ArticleDocument>(ARTICLE_COLLECTION), LATEST_ARTICLES);
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
    const found = await listFeeds(this.mongo.db().collection<FeedDocument>(FEED_COLLECTION), FEEDS_SHOWN);
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
