import type { FixtureItem } from '../../data/model';
import type { PublisherSlug, Template } from '../../data/publishers';
import type { SiteContext } from '../context';
import { renderBroadsheet } from './broadsheet';
import { renderLedger } from './ledger';
import { type PublisherPage, publisherPage } from './model';
import { renderWire } from './wire';

const TEMPLATES: Record<Template, (page: PublisherPage) => string> = {
  broadsheet: renderBroadsheet,
  ledger: renderLedger,
  wire: renderWire,
};

/** The original article as its publisher serves it. */
export function renderPublisherPage(ctx: SiteContext, item: FixtureItem, slug: PublisherSlug): string {
  const page = publisherPage(ctx, item, slug);
  return TEMPLATES[page.publisher.template](page);
}
