import type { TopNavigationProps } from '@cloudscape-design/components/top-navigation';
import { useMemo } from 'react';
import type { Connection } from '@/lib/aws/connection';
import { getConnection, useConnection } from '@/lib/aws/connection-store';
import { useNotifications } from '@/lib/notifications';
import { useCallerIdentity, type CallerIdentity } from '../api/identity';
import { disconnect } from '../api/session';

/**
 * The top bar's identity menu: account and ARN in use (STS), the source, sign-out. The
 * simulator says so in words, so nobody mistakes it for an AWS account.
 */
export function useIdentityUtility(openSettings: () => void): TopNavigationProps.Utility {
  const connection = useConnection();
  const identity = useCallerIdentity(connection);
  const { notifyError } = useNotifications();
  // The same utility until what it shows changes (the callers' callbacks are stable): the
  // top bar measures itself again on a new one.
  const { data, isError } = identity;
  return useMemo(() => identityUtility(connection, data, isError, openSettings, notifyError), [connection, data, isError, openSettings, notifyError]);
}

function identityUtility(
  connection: Connection | null,
  data: CallerIdentity | undefined,
  isError: boolean,
  openSettings: () => void,
  notifyError: (e: unknown, what: string) => void,
): TopNavigationProps.Utility {
  const identity = { data, isError };
  if (!connection) {
    return { type: 'button', text: 'Not connected', iconName: 'user-profile', href: '/settings', onFollow: (e) => { e.preventDefault(); openSettings(); } };
  }
  const account = identity.data?.account;
  const text =
    connection.kind === 'simulated'
      ? `Simulated account ${account ?? ''}`.trim()
      : connection.kind === 'cognito'
        ? connection.label
        : identity.data?.name ?? connection.label;
  const description = identity.isError ? 'Identity unknown' : account ? `Account ${account}` : 'Looking up identity…';
  return {
    type: 'menu-dropdown',
    text,
    description,
    iconName: 'user-profile',
    ariaLabel: `Identity: ${text}${account ? `, account ${account}` : ''}`,
    items: [
      ...(identity.data ? [{ id: 'arn', text: identity.data.arn, disabled: true }] : []),
      { id: 'settings', text: 'Connection settings' },
      ...(connection.kind === 'simulated' ? [] : [{ id: 'sign-out', text: connection.kind === 'cognito' ? 'Sign out' : 'Forget credentials' }]),
    ],
    onItemClick: ({ detail }) => {
      if (detail.id === 'settings') openSettings();
      if (detail.id === 'sign-out' && getConnection()) void disconnect().then(openSettings, (e: unknown) => notifyError(e, 'Sign-out'));
    },
  };
}
