/**
 * Token buckets: `burst` events at once, refilled at `perSecond`. Pure; the clock is passed in.
 */
export interface Bucket {
  tokens: number;
  at: number;
}

export interface RateLimit {
  readonly burst: number;
  readonly perSecond: number;
}

/** Takes one token from `bucket` at time `now` (ms); false when none is left. */
export function take(bucket: Bucket, limit: RateLimit, now: number): boolean {
  bucket.tokens = Math.min(limit.burst, bucket.tokens + ((now - bucket.at) / 1000) * limit.perSecond);
  bucket.at = now;
  if (bucket.tokens < 1) return false;
  bucket.tokens -= 1;
  return true;
}

export function fullBucket(limit: RateLimit, now: number): Bucket {
  return { tokens: limit.burst, at: now };
}

/** One bucket per key (e.g. per client address), forgetting keys whose bucket has refilled. */
export class KeyedLimiter {
  private readonly buckets = new Map<string, Bucket>();
  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number = Date.now,
  ) {}

  take(key: string): boolean {
    const now = this.now();
    let bucket = this.buckets.get(key);
    if (!bucket) {
      if (this.buckets.size > 10_000) this.sweep(now);
      bucket = fullBucket(this.limit, now);
      this.buckets.set(key, bucket);
    }
    return take(bucket, this.limit, now);
  }

  private sweep(now: number): void {
    for (const [key, b] of this.buckets) if (b.tokens + ((now - b.at) / 1000) * this.limit.perSecond >= this.limit.burst) this.buckets.delete(key);
  }
}
