import { queryOptions, skipToken, useQuery, type QueryClient } from '@tanstack/react-query';
import { SIMULATED_ACCOUNT, type Connection } from '@/lib/aws/connection';
import { scheduleCallerIdentity } from '@/lib/aws/scheduler';
import { getRuntimeConfig } from './connection-choices';

/** Who the credentials belong to (STS GetCallerIdentity). */
export interface CallerIdentity {
  account: string;
  arn: string;
  /** The user or role session name, the most telling part of the ARN. */
  name: string;
}

/** `arn:aws:sts::123:assumed-role/Operator/alice` → `Operator/alice`. */
export function nameFromArn(arn: string): string {
  const resource = arn.split(':').slice(5).join(':');
  return resource.replace(/^(assumed-role|user|federated-user)\//, '') || arn;
}

/** Caller identity of a connection, asked once per connection (STS, loaded on demand); skipped without one. */
export function callerIdentityQuery(connection: Connection | null, stsRegion = connection?.regions[0]) {
  // The connection id changes with its credentials and regions: it stands for all of them.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: ['GetCallerIdentity', {}, { connection: connection?.id ?? null }] as const,
    staleTime: Infinity,
    gcTime: Infinity,
    queryFn: !connection
      ? skipToken
      : async ({ signal }): Promise<CallerIdentity> => {
          if (connection.kind === 'simulated') {
            const arn = `arn:aws:sts::${SIMULATED_ACCOUNT}:assumed-role/SimulatedOperator/simulator`;
            return { account: SIMULATED_ACCOUNT, arn, name: nameFromArn(arn) };
          }
          const out = await scheduleCallerIdentity(connection, stsRegion ?? connection.regions[0] ?? 'us-east-1', signal);
          const arn = out.Arn ?? '';
          return { account: out.Account ?? '', arn, name: nameFromArn(arn) };
        },
  });
}

// Signed in with Cognito, ask STS in the Cognito region: one more host for the CSP, not one per fleet region.
const stsRegionOf = (connection: Connection | null) => (connection?.kind === 'cognito' ? getRuntimeConfig()?.auth?.region : undefined);

/** The identity in use, for the top bar and Settings. */
export function useCallerIdentity(connection: Connection | null) {
  return useQuery(callerIdentityQuery(connection, stsRegionOf(connection)));
}

/** The connection's account id (the same answer the top bar shows), or undefined when STS could not say. */
export async function connectionAccount(queryClient: QueryClient, connection: Connection): Promise<string | undefined> {
  try {
    return (await queryClient.fetchQuery(callerIdentityQuery(connection, stsRegionOf(connection)))).account || undefined;
  } catch {
    return undefined;
  }
}
