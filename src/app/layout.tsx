import AppLayout from '@cloudscape-design/components/app-layout';
import BreadcrumbGroup, { type BreadcrumbGroupProps } from '@cloudscape-design/components/breadcrumb-group';
import SideNavigation from '@cloudscape-design/components/side-navigation';
import TopNavigation, { type TopNavigationProps } from '@cloudscape-design/components/top-navigation';
import { Suspense, useCallback, useMemo, type MouseEvent } from 'react';
import { Outlet, useLocation, useMatches, useNavigate } from 'react-router';
import Spinner from '@cloudscape-design/components/spinner';
import { useIdleReady } from '../lib/idle';
import { useConnection } from '../lib/aws/connection-store';
import { lazyWithRetry } from '../lib/lazy-retry';
import { useNotifications } from '../lib/notifications';
import { useFollow } from '../components/router-link';
import { PanelBoundary } from '../components/panel-boundary';
import { ReauthHost, SimulatedBadge, useIdentityUtility } from '../features/connection';
import { ConnectPrompt } from './connect-prompt';
import { OfflineBanner } from './offline-banner';
import './shell.css';

// Most pages open without a notification: the Flashbar's code comes with the first one.
const Flashbar = lazyWithRetry(() => import('@cloudscape-design/components/flashbar'));
// An operation starts only once a page is up: the watcher (and the tasks feature's code with
// it) loads when the first page is idle, then finds every operation this tab started.
const OperationWatcher = lazyWithRetry(() => import('../features/tasks').then((m) => ({ default: m.OperationWatcher })));

/** Route handle: how a route names itself in the breadcrumbs. */
export interface RouteHandle {
  crumb?: (params: Record<string, string | undefined>) => BreadcrumbGroupProps.Item;
}

function useBreadcrumbs(): BreadcrumbGroupProps.Item[] {
  const matches = useMatches();
  const items: BreadcrumbGroupProps.Item[] = [{ text: 'Snow Fleet', href: '/' }];
  for (const m of matches) {
    const crumb = (m.handle as RouteHandle | undefined)?.crumb;
    if (crumb) items.push(crumb(m.params));
  }
  return items;
}

const NAV_ITEMS = [
  { type: 'link', text: 'Overview', href: '/' },
  { type: 'link', text: 'Devices', href: '/devices' },
  { type: 'link', text: 'Tasks', href: '/tasks' },
  { type: 'link', text: 'Activity', href: '/activity' },
  { type: 'divider' },
  { type: 'link', text: 'Settings', href: '/settings' },
] as const;

/** Moves focus to the page's content (the link's hash alone would not move keyboard focus reliably). */
function skipToContent(e: MouseEvent<HTMLAnchorElement>) {
  const target = document.getElementById('main-content');
  if (!target) return;
  e.preventDefault();
  target.focus();
  target.scrollIntoView();
}

/** The console shell: top bar, side navigation, breadcrumbs, notifications. */
export function Layout() {
  const follow = useFollow();
  const navigate = useNavigate();
  const go = useCallback(
    (href: string) => (e: CustomEvent) => {
      e.preventDefault();
      navigate(href);
    },
    [navigate],
  );
  const location = useLocation();
  const connection = useConnection();
  const { items } = useNotifications();
  const breadcrumbs = useBreadcrumbs();
  const active = '/' + (location.pathname.split('/')[1] ?? '');
  const needsConnection = !connection && location.pathname !== '/settings';
  const openSettings = useCallback(() => navigate('/settings'), [navigate]);
  const identity = useIdentityUtility(openSettings);
  // The top bar measures its utilities whenever their list changes (a forced layout of the
  // whole page): the list changes only with what it shows, not with every render of the shell.
  const topIdentity = useMemo(() => ({ href: '/', title: 'Snow Fleet Dashboard', onFollow: go('/') }), [go]);
  const utilities = useMemo<TopNavigationProps.Utility[]>(
    () => [
      ...(connection?.kind === 'simulated'
        ? [{ type: 'button' as const, text: 'Simulated fleet', iconName: 'status-warning' as const, ariaLabel: 'Connection: simulated fleet, not a real AWS account', href: '/settings', onFollow: go('/settings') }]
        : []),
      identity,
      { type: 'button', text: connection ? connection.regions.join(', ') : 'No region', iconName: 'globe', ariaLabel: `Regions: ${connection?.regions.join(', ') ?? 'none'}`, href: '/settings', onFollow: go('/settings'), disableUtilityCollapse: true },
      { type: 'button', iconName: 'settings', title: 'Settings', ariaLabel: 'Settings', href: '/settings', onFollow: go('/settings') },
    ],
    [connection, identity, go],
  );
  const idle = useIdleReady(3_000);

  return (
    <>
      {/* The first tab stop: past the top bar and the side navigation to the page itself. */}
      <a className="skip-link" href="#main-content" onClick={skipToContent}>Skip to main content</a>
      {/* Sticky, so the top bar stays on screen when the page scrolls (AppLayout offsets itself by it). */}
      <div id="top-nav" style={{ position: 'sticky', top: 0, zIndex: 1002 }}>
        <TopNavigation
          identity={topIdentity}
          utilities={utilities}
        />
      </div>
      <AppLayout
        headerSelector="#top-nav"
        toolsHide
        ariaLabels={{ navigation: 'Side navigation', navigationClose: 'Close side navigation', navigationToggle: 'Open side navigation', notifications: 'Notifications' }}
        navigation={<SideNavigation activeHref={active} header={{ text: 'Snow Fleet', href: '/' }} items={[...NAV_ITEMS]} onFollow={follow} />}
        breadcrumbs={
          <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8 }}>
            {/* The breadcrumbs take the row's whole free width, so they collapse only when they really do not fit. */}
            <div style={{ flex: '1 1 auto', minWidth: 0 }}>
              <BreadcrumbGroup items={breadcrumbs} ariaLabel="Breadcrumbs" onFollow={follow} />
            </div>
            <div style={{ flex: '0 0 auto' }}><SimulatedBadge /></div>
          </div>
        }
        notifications={items.length === 0 ? null : <PanelBoundary name="Notifications"><Suspense fallback={null}><Flashbar items={items} stackItems={items.length > 3} i18nStrings={{ ariaLabel: 'Notifications', notificationBarText: 'Notifications', notificationBarAriaLabel: 'View all notifications', errorIconAriaLabel: 'Error', warningIconAriaLabel: 'Warning', successIconAriaLabel: 'Success', infoIconAriaLabel: 'Info', inProgressIconAriaLabel: 'In progress' }} /></Suspense></PanelBoundary>}
        content={
          <div id="main-content" tabIndex={-1} style={{ outline: 'none' }}>
            <OfflineBanner />
            <PanelBoundary name="This page">
              <Suspense fallback={<Spinner size="large" />}>{needsConnection ? <ConnectPrompt /> : <Outlet />}</Suspense>
            </PanelBoundary>
          </div>
        }
      />
      <ReauthHost />
      {/* Follows the operations started in this tab, so their end is told on any page. */}
      {idle && <Suspense fallback={null}><OperationWatcher /></Suspense>}
    </>
  );
}
