import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SegmentedControl from '@cloudscape-design/components/segmented-control';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Toggle from '@cloudscape-design/components/toggle';
import { Suspense, useState } from 'react';
import { ConnectionSettings } from '../../connection';
import { setPreferences, usePreferences, type Preferences } from '@/lib/preferences';
import { ForgetFleetCache } from './forget-fleet-cache';

const MAX_THRESHOLD = 10_080;

function thresholdError(text: string): string | undefined {
  const n = Number(text);
  return text.trim() !== '' && Number.isInteger(n) && n >= 1 && n <= MAX_THRESHOLD ? undefined : `Enter a whole number of minutes from 1 to ${MAX_THRESHOLD} (one week).`;
}

/**
 * Connection and display preferences. Every section applies its changes with its own
 * button, as the connection section does: nothing changes while the operator is choosing.
 */
export function SettingsPage() {
  const prefs = usePreferences();
  const [draft, setDraft] = useState<Pick<Preferences, 'theme' | 'density' | 'autoRefresh'>>({ theme: prefs.theme, density: prefs.density, autoRefresh: prefs.autoRefresh });
  const [threshold, setThreshold] = useState(String(prefs.onlineThresholdMinutes));
  const [saved, setSaved] = useState(false);
  const error = thresholdError(threshold);
  const changed =
    draft.theme !== prefs.theme || draft.density !== prefs.density || draft.autoRefresh !== prefs.autoRefresh || threshold !== String(prefs.onlineThresholdMinutes);
  const edit = <K extends keyof typeof draft>(key: K, value: (typeof draft)[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setSaved(false);
  };
  const apply = () => {
    if (error) return;
    setPreferences({ ...draft, onlineThresholdMinutes: Number(threshold) });
    setSaved(true);
  };
  const reset = () => {
    setDraft({ theme: prefs.theme, density: prefs.density, autoRefresh: prefs.autoRefresh });
    setThreshold(String(prefs.onlineThresholdMinutes));
    setSaved(false);
  };

  return (
    <ContentLayout header={<Header variant="h1">Settings</Header>}>
      <SpaceBetween size="l">
        <Suspense fallback={<StatusIndicator type="loading">Loading connection settings</StatusIndicator>}>
          <ConnectionSettings />
        </Suspense>
        <form onSubmit={(e) => { e.preventDefault(); apply(); }}>
          <Form
            actions={
              <SpaceBetween direction="horizontal" size="xs" alignItems="center">
                {saved && !changed && <StatusIndicator type="success">Saved</StatusIndicator>}
                {changed && <StatusIndicator type="info">Unsaved changes</StatusIndicator>}
                <Button formAction="none" disabled={!changed} onClick={reset}>Cancel</Button>
                <Button variant="primary" disabled={!changed || Boolean(error)}>Apply display and fleet settings</Button>
              </SpaceBetween>
            }
          >
            <SpaceBetween size="l">
              <Container header={<Header variant="h2" description="Applies to every page, including the tables.">Display</Header>}>
                <SpaceBetween size="m">
                  <FormField label="Theme">
                    <SegmentedControl
                      label="Theme"
                      selectedId={draft.theme}
                      onChange={({ detail }) => edit('theme', detail.selectedId as Preferences['theme'])}
                      options={[{ id: 'light', text: 'Light' }, { id: 'dark', text: 'Dark' }, { id: 'system', text: 'Browser default' }]}
                    />
                  </FormField>
                  <FormField label="Density" description="Compact shows more rows and fields on screen.">
                    <SegmentedControl
                      label="Density"
                      selectedId={draft.density}
                      onChange={({ detail }) => edit('density', detail.selectedId as Preferences['density'])}
                      options={[{ id: 'comfortable', text: 'Comfortable' }, { id: 'compact', text: 'Compact' }]}
                    />
                  </FormField>
                </SpaceBetween>
              </Container>
              <Container header={<Header variant="h2">Fleet</Header>}>
                <SpaceBetween size="m">
                  <FormField
                    label="Online threshold (minutes)"
                    description="A device is online when it reached out to AWS within this many minutes."
                    errorText={error}
                  >
                    <Input type="number" inputMode="numeric" value={threshold} onChange={({ detail }) => { setThreshold(detail.value); setSaved(false); }} />
                  </FormField>
                  <Toggle checked={draft.autoRefresh} onChange={({ detail }) => edit('autoRefresh', detail.checked)}>
                    Refresh what is on screen automatically every {prefs.autoRefreshSeconds} seconds
                  </Toggle>
                </SpaceBetween>
              </Container>
            </SpaceBetween>
          </Form>
        </form>
        <ForgetFleetCache />
      </SpaceBetween>
    </ContentLayout>
  );
}
