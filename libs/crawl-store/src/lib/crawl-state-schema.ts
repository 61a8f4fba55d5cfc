import { Schema } from 'mongoose';
import { RobotsRecord } from '@newsflow/crawling';

export const ROBOTS_COLLECTION = 'crawl_robots';
export const HOST_STATE_COLLECTION = 'crawl_hosts';
export const FETCH_HISTORY_COLLECTION = 'crawl_fetches';

export const robotsSchema = new Schema<RobotsRecord>(
  {
    origin: { type: String, required: true, unique: true },
    verdict: { type: String, enum: ['rules', 'allow_all', 'disallow_all'], required: true },
    body: String,
    fetchedAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
  },
  { collection: ROBOTS_COLLECTION, versionKey: false, strict: true },
);

/** A host's "not before" time: politeness delay, backoff after failures, a server's Retry-After. */
export interface HostStateDocument {
  host: string;
  nextAllowedAt: Date;
  reason: string;
}

export const hostStateSchema = new Schema<HostStateDocument>(
  {
    host: { type: String, required: true, unique: true },
    nextAllowedAt: { type: Date, required: true },
    reason: { type: String, required: true },
  },
  { collection: HOST_STATE_COLLECTION, versionKey: false, strict: true },
);

/** When a normalised URL was last fetched, for the no-refetch window. */
export interface FetchHistoryDocument {
  url: string;
  fetchedAt: Date;
}

export const fetchHistorySchema = new Schema<FetchHistoryDocument>(
  {
    url: { type: String, required: true, unique: true },
    fetchedAt: { type: Date, required: true },
  },
  { collection: FETCH_HISTORY_COLLECTION, versionKey: false, strict: true },
);
