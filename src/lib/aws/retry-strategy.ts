import type { RetryErrorInfo, RetryStrategyV2, RetryToken } from '@smithy/types';

const MAX_ATTEMPTS = 3;

function token(count: number, delay: number): RetryToken {
  return { getRetryCount: () => count, getRetryDelay: () => delay };
}

/**
 * The SDK's retries, minus throttling: a throttled call goes straight back to the request
 * scheduler, which paces the whole queue instead of one call retrying on its own (and
 * draining the SDK's retry quota). Network glitches and 5xx are still retried here.
 */
export const sdkRetryStrategy: RetryStrategyV2 = {
  acquireInitialRetryToken: async () => token(0, 0),
  refreshRetryTokenForRetry: async (previous: RetryToken, info: RetryErrorInfo) => {
    const count = previous.getRetryCount() + 1;
    if (info.errorType === 'THROTTLING' || info.errorType === 'CLIENT_ERROR' || count >= MAX_ATTEMPTS) {
      throw new Error('not retried by the SDK');
    }
    return token(count, Math.min(100 * 2 ** count, 2_000) * (0.5 + Math.random() / 2));
  },
  recordSuccess: () => undefined,
};
