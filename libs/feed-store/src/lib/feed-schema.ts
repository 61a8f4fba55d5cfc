import { Schema } from 'mongoose';
import { FeedRecord } from '@newsflow/feed-registry';

export const FEED_COLLECTION = 'feeds';

/** A feed as stored: its record plus the lease that lets one crawler instance poll it at a time. */
export interface FeedDocument extends FeedRecord {
  /** The epoch when nobody holds the feed. */
  leaseUntil: Date;
  leaseToken?: string;
  updatedAt: Date;
}

export const feedSchema = new Schema<FeedDocument>(
  {
    feedId: { type: String, required: true, unique: true },
    url: { type: String, required: true },
    origin: { type: String, enum: ['config', 'api'], required: true },
    pollIntervalMs: Number,
    followSource: { type: Boolean, required: true },
    kind: { type: String, enum: ['feed', 'sitemap'] },
    etag: String,
    lastModified: String,
    seenItemKeys: { type: [String], default: [] },
    lastPolledAt: Date,
    lastSuccessAt: Date,
    lastStatus: Number,
    lastNewItems: Number,
    consecutiveFailures: { type: Number, required: true },
    lastError: String,
    lastNotes: { type: [String], default: undefined },
    nextPollAt: { type: Date, required: true, index: true },
    leaseUntil: { type: Date, required: true },
    leaseToken: String,
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: FEED_COLLECTION, versionKey: false, strict: true },
);

export const FEED_LEASE_COLLECTION = 'feed_leases';

/**
 * One claim of one due poll, keyed by feed, due time and lease period. Claims are inserts: the
 * unique _id lets exactly one of racing instances win on MongoDB and FerretDB alike, where
 * FerretDB's conditional updates are not atomic under concurrency.
 */
export interface FeedLeaseDocument {
  _id: string;
  feedId: string;
  claimedAt: Date;
}

export const feedLeaseSchema = new Schema<FeedLeaseDocument>(
  {
    _id: { type: String, required: true },
    feedId: { type: String, required: true, index: true },
    claimedAt: { type: Date, required: true },
  },
  { collection: FEED_LEASE_COLLECTION, versionKey: false, strict: true },
);
