import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router/dom';
import { queryClient } from '../lib/query-client';
import { NotificationsProvider } from '../lib/notifications';
import { router } from './router';
import { useApplyTheme } from './theme';

/** Providers around the router. */
export function App() {
  useApplyTheme();
  return (
    <QueryClientProvider client={queryClient}>
      <NotificationsProvider>
        <RouterProvider router={router} />
      </NotificationsProvider>
    </QueryClientProvider>
  );
}
