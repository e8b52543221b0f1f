import { queryOptions, useQuery } from '@tanstack/react-query';
import { SIMULATED_ACCOUNT, type Connection } from '@/lib/aws/connection';
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

/** Caller identity of a connection, asked once per connection (STS, loaded on demand). */
export function callerIdentityQuery(connection: Connection, stsRegion = connection.regions[0]) {
  // The connection id changes with its credentials and regions: it stands for all of them.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: ['GetCallerIdentity', {}, { connection: connection.id }] as const,
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
    queryFn: async ({ signal }): Promise<CallerIdentity> => {
      if (connection.kind === 'simulated') {
        const arn = `arn:aws:sts::${SIMULATED_ACCOUNT}:assumed-role/SimulatedOperator/simulator`;
        return { account: SIMULATED_ACCOUNT, arn, name: nameFromArn(arn) };
      }
      const { STSClient, GetCallerIdentityCommand } = await import('@aws-sdk/client-sts');
      const client = new STSClient({ region: stsRegion, credentials: connection.credentials, maxAttempts: 2 });
      try {
        const out = await client.send(new GetCallerIdentityCommand({}), { abortSignal: signal });
        const arn = out.Arn ?? '';
        return { account: out.Account ?? '', arn, name: nameFromArn(arn) };
      } finally {
        client.destroy();
      }
    },
  });
}

/** The identity in use, for the top bar and Settings. */
export function useCallerIdentity(connection: Connection | null) {
  // Signed in with Cognito, ask STS in the Cognito region: one more host for the CSP, not one per fleet region.
  const stsRegion = connection?.kind === 'cognito' ? getRuntimeConfig()?.auth?.region : undefined;
  return useQuery({ ...callerIdentityQuery(connection ?? ({ id: 'none', kind: 'simulated', regions: [] as string[] } as Connection), stsRegion), enabled: Boolean(connection) });
}
