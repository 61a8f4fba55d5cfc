import { Command } from 'commander';
import { FetchError, crawlArticle, createOneOffFetcher, fetchHtml } from '@newsflow/crawling';
import { version } from '../../../../package.json';

interface FetchCommandOptions {
  followSource?: boolean;
}

/**
 * One fetch through the crawler's real fetch path: the same environment variables, SSRF guard,
 * robots.txt, limits, retries and source following as the service (state in memory, not MongoDB).
 */
export function fetchCommand(): Command {
  return new Command('fetch')
    .description("fetch one page through the crawler's fetch path (same guards and settings, from the same env) and print a JSON summary")
    .argument('<url>', 'an http(s) URL')
    .option('--follow-source', "follow the page's source link to the original article")
    .action(async (url: string, options: FetchCommandOptions) => {
      const fetcher = createOneOffFetcher(process.env, version);
      const started = Date.now();
      try {
        const { page, sourceUrl, aggregatorUrl } = await crawlArticle(url, options.followSource ?? false, fetchHtml(fetcher));
        const followed = aggregatorUrl !== undefined;
        console.log(
          JSON.stringify({
            url,
            finalUrl: followed ? aggregatorUrl : page.finalUrl,
            ...(followed && { sourceUrl }),
            status: page.status,
            contentType: page.contentType,
            bytes: page.bytes,
            charset: page.charset,
            elapsedMs: Date.now() - started,
          }),
        );
      } catch (error) {
        if (!(error instanceof FetchError)) throw error;
        // One line, the reason first: "refused: private address 10.0.0.5".
        console.error(error.message);
        process.exitCode = 1;
      } finally {
        await fetcher.client.close();
      }
    });
}
