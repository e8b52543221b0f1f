import Link, { type LinkProps } from '@cloudscape-design/components/link';
import { useNavigate } from 'react-router';
import { useCallback } from 'react';

/** Turns Cloudscape's onFollow events into client-side navigation (keeps ctrl/cmd-click working). */
export function useFollow() {
  const navigate = useNavigate();
  return useCallback(
    (event: CustomEvent<{ href?: string; external?: boolean }>) => {
      const href = event.detail.href;
      if (!href || event.detail.external) return;
      event.preventDefault();
      navigate(href);
    },
    [navigate],
  );
}

/** A Cloudscape link that navigates inside the app. */
export function RouterLink(props: LinkProps & { href: string }) {
  const follow = useFollow();
  return <Link {...props} onFollow={follow} />;
}
