import { Command } from 'commander';
import { MongoClient } from 'mongodb';
import { ArticleQueryInput, ArticleView, BodyStatsQuery, Page } from '@newsflow/archive-query';
import { ARTICLE_COLLECTION } from '@newsflow/archive-store';
import { QUERY_API_PORT } from '@newsflow/local-stack';

/** How a stance reads in a line of text: "<actor> supports <target>"; a polarity added later reads as its name. */
const STANCE_VERBS: Readonly<Record<string, string | undefined>> = {
  support: 'supports',
  oppose: 'opposes',
  neutral: 'is neutral on',
};

/** The query API the commands ask: NEWSFLOW_QUERY_API_URL, or the one `newsflow demo up` starts. */
export const queryApiUrl = () => process.env['NEWSFLOW_QUERY_API_URL'] ?? `http://127.0.0.1:${QUERY_API_PORT}`;

type ListOptions = { [K in keyof ArticleQueryInput]?: string } & { json?: boolean };

export function articlesCommand(): Command {
  const articles = new Command('articles').description(`the stored articles, through the query API (${queryApiUrl()})`);
  articles
    .command('list')
    .description('stored articles, newest first, with the government bodies found in them')
    .option('--body <name>', 'mentioning this body (canonical name)')
    .option('--country <code>', 'mentioning a body of this country (ISO alpha-2, or INT)')
    .option('--kind <kind>', 'mentioning a body of this kind (e.g. law_enforcement, legislature)')
    .option('--stance-actor <name>', 'with a stance taken by this actor')
    .option('--stance-polarity <polarity>', 'with a stance of this polarity: support, oppose or neutral')
    .option('--from <date>', 'dated at or after (2026-03-01 or an ISO date-time)')
    .option('--to <date>', 'dated before')
    .option('--site <host>', 'fetched from this host')
    .option('--story-id <id>', 'belonging to this story')
    .option('-q, --q <words>', 'containing all these words (title or text)')
    .option('--limit <n>', 'how many', '20')
    .option('--cursor <cursor>', 'the next page: the cursor the previous page printed')
    .option('--json', 'print the page as JSON')
    .action((options: ListOptions) => printArticles(queryApiUrl(), options));
  articles
    .command('get <articleId>')
    .description('one stored article as JSON')
    .action(async (articleId: string) => console.log(JSON.stringify(await askApi(queryApiUrl(), `/articles/${articleId}`), null, 2)));
  articles
    .command('stats <body>')
    .description("a government body's mentions over time and stance counts, as JSON")
    .option('--from <date>', 'dated at or after')
    .option('--to <date>', 'dated before')
    .option('--granularity <period>', 'day or month', 'day')
    .action(async (body: string, options: { [K in keyof BodyStatsQuery]?: string }) =>
      console.log(JSON.stringify(await askApi(queryApiUrl(), `/bodies/${encodeURIComponent(body)}/stats`, options), null, 2)),
    );
  return articles;
}

/** How many articles the archive holds: asked of the database itself (the demo waits on it). */
export async function countArticles(mongoUri: string): Promise<number> {
  const client = new MongoClient(mongoUri, { serverSelectionTimeoutMS: 5000 });
  try {
    await client.connect();
    return await client.db().collection(ARTICLE_COLLECTION).countDocuments();
  } finally {
    await client.close();
  }
}

export async function printArticles(apiUrl: string, { json, ...query }: ListOptions): Promise<void> {
  const page = await askApi<Page<ArticleView>>(apiUrl, '/articles', query);
  if (json) return console.log(JSON.stringify(page, null, 2));
  console.log(`${page.items.length} article(s)`);
  for (const article of page.items) {
    console.log(`\n${article.title}\n  ${String(article.articleDate).slice(0, 10)}  ${article.sourceUrl}`);
    if (article.aggregatorUrl) console.log(`  via    ${article.aggregatorUrl}`);
    console.log(`  bodies ${article.bodies.map((body) => `${body.name} (${body.country})`).join('; ') || '(none)'}`);
    for (const stance of article.stances) console.log(`  stance ${stance.actor} ${STANCE_VERBS[stance.polarity] ?? stance.polarity.replaceAll('_', ' ')} ${stance.target}`);
  }
  if (page.nextCursor) console.log(`\nmore: --cursor ${page.nextCursor}`);
}

/** GET from the query API; its 4xx message (which names the bad parameter) becomes the error. */
async function askApi<T>(apiUrl: string, path: string, query: Record<string, string | undefined> = {}): Promise<T> {
  const url = new URL(path, apiUrl);
  for (const [name, value] of Object.entries(query)) if (value !== undefined) url.searchParams.set(name, value);
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new Error(`the query API at ${apiUrl} does not answer (${(error as Error).message}); start it with npx newsflow demo up, or set NEWSFLOW_QUERY_API_URL`);
  }
  const body = (await response.json()) as T & { message?: string };
  if (!response.ok) throw new Error(`${response.status}: ${body.message ?? response.statusText}`);
  return body;
}
