import { Command } from 'commander';
import { Collection, MongoClient } from 'mongodb';
import { ARTICLE_COLLECTION, ArticleDocument } from '@newsflow/archive-store';
import { mongoUri, stackSettings } from '@newsflow/local-stack';

interface ListOptions {
  body?: string;
  country?: string;
  json?: boolean;
  limit?: string;
}

export function articlesCommand(): Command {
  const articles = new Command('articles').description('the stored articles');
  articles
    .command('list')
    .description('the latest stored articles with the government bodies found in them')
    .option('--body <name>', 'only articles mentioning this body (canonical name)')
    .option('--country <code>', 'only articles mentioning a body of this country (ISO alpha-2, or INT)')
    .option('--limit <n>', 'how many', '20')
    .option('--json', 'print the documents as JSON')
    .action((options: ListOptions) => printArticles(process.env['MONGO_URI'] ?? mongoUri(stackSettings()), options));
  return articles;
}

async function withArticles<T>(uri: string, use: (articles: Collection<ArticleDocument>) => Promise<T>) {
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 5000 });
  try {
    await client.connect();
    return await use(client.db().collection<ArticleDocument>(ARTICLE_COLLECTION));
  } finally {
    await client.close();
  }
}

export function countArticles(uri: string): Promise<number> {
  return withArticles(uri, (articles) => articles.countDocuments());
}

export async function printArticles(uri: string, options: ListOptions): Promise<void> {
  const filter = {
    ...(options.body ? { bodyNames: options.body } : {}),
    ...(options.country ? { countries: options.country.toUpperCase() } : {}),
  };
  const found = await withArticles(uri, (articles) =>
    articles.find(filter, { projection: { _id: 0 } }).sort({ storedAt: -1 }).limit(Number(options.limit ?? 20)).toArray(),
  );
  if (options.json) return console.log(JSON.stringify(found, null, 2));
  console.log(`${found.length} article(s)`);
  for (const article of found) {
    console.log(`\n${article.title}\n  source ${article.sourceUrl}${article.aggregatorUrl ? `\n  via    ${article.aggregatorUrl}` : ''}`);
    console.log(`  bodies ${article.bodies.map((body) => `${body.name} (${body.country})`).join('; ') || '(none)'}`);
  }
}
