import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SegmentedControl from '@cloudscape-design/components/segmented-control';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Toggle from '@cloudscape-design/components/toggle';
import { Suspense, useState } from 'react';
import { ConnectionSettings } from '../../connection';
import { setPreferences, usePreferences } from '@/lib/preferences';

/** Connection and display preferences. */
export function SettingsPage() {
  const prefs = usePreferences();
  const [threshold, setThreshold] = useState(String(prefs.onlineThresholdMinutes));
  const thresholdValue = Number(threshold);
  const thresholdError = Number.isInteger(thresholdValue) && thresholdValue >= 1 && thresholdValue <= 10_080 ? undefined : 'Enter a whole number of minutes from 1 to 10080 (one week).';

  return (
    <ContentLayout header={<Header variant="h1">Settings</Header>}>
      <SpaceBetween size="l">
        <Suspense fallback={<StatusIndicator type="loading">Loading connection settings</StatusIndicator>}>
          <ConnectionSettings />
        </Suspense>
        <Container header={<Header variant="h2">Display</Header>}>
          <SpaceBetween size="m">
            <FormField label="Theme">
              <SegmentedControl
                label="Theme"
                selectedId={prefs.theme}
                onChange={({ detail }) => setPreferences({ theme: detail.selectedId as 'light' | 'dark' | 'system' })}
                options={[{ id: 'light', text: 'Light' }, { id: 'dark', text: 'Dark' }, { id: 'system', text: 'Browser default' }]}
              />
            </FormField>
            <FormField label="Density">
              <SegmentedControl
                label="Density"
                selectedId={prefs.density}
                onChange={({ detail }) => setPreferences({ density: detail.selectedId as 'comfortable' | 'compact' })}
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
              errorText={thresholdError}
            >
              <Input
                type="number"
                inputMode="numeric"
                value={threshold}
                onChange={({ detail }) => {
                  setThreshold(detail.value);
                  const n = Number(detail.value);
                  if (Number.isInteger(n) && n >= 1 && n <= 10_080) setPreferences({ onlineThresholdMinutes: n });
                }}
              />
            </FormField>
            <Toggle checked={prefs.autoRefresh} onChange={({ detail }) => setPreferences({ autoRefresh: detail.checked })}>
              Refresh what is on screen automatically every {prefs.autoRefreshSeconds} seconds
            </Toggle>
          </SpaceBetween>
        </Container>
      </SpaceBetween>
    </ContentLayout>
  );
}
