import { applyDensity, applyMode, Density, Mode } from '@cloudscape-design/global-styles';
import { useEffect } from 'react';
import { usePreferences } from '../lib/preferences';

/** Applies the operator's light/dark mode and density to the whole page. */
export function useApplyTheme(): void {
  const { theme, density } = usePreferences();
  useEffect(() => {
    const media = window.matchMedia?.('(prefers-color-scheme: dark)');
    const apply = () => applyMode(theme === 'dark' || (theme === 'system' && media?.matches) ? Mode.Dark : Mode.Light);
    apply();
    if (theme !== 'system' || !media) return;
    media.addEventListener('change', apply);
    return () => media.removeEventListener('change', apply);
  }, [theme]);
  useEffect(() => {
    applyDensity(density === 'compact' ? Density.Compact : Density.Comfortable);
  }, [density]);
}
