import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Multiselect, { type MultiselectProps } from '@cloudscape-design/components/multiselect';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import type { Connection } from '@/lib/aws/connection';
import { administratorEndpoint, getRuntimeConfig, selectableRegions } from '../api/connection-choices';
import { regionName } from '../api/connection-regions';
import { endpointUrlProblem } from '../api/endpoint-url';
import { applyConnectionChoices, connectionBase } from '../api/session';

const option = (id: string): MultiselectProps.Option => ({ value: id, label: id, description: regionName(id) === id ? undefined : regionName(id) });

/** Regions to show at once, and the optional endpoint override. Saved in this browser (not secret). */
export function RegionsForm({ connection }: { connection: Connection | null }) {
  const config = getRuntimeConfig();
  const sameOrigin = config?.apiRoute === 'same-origin';
  // An address the administrator set in the deployment's configuration is shown, not edited.
  const admin = administratorEndpoint(config);
  const start = connection ?? connectionBase();
  const [regions, setRegions] = useState<readonly MultiselectProps.Option[]>(start.regions.map(option));
  const [endpoint, setEndpoint] = useState(admin ?? start.endpointUrl ?? '');
  const [applied, setApplied] = useState(false);
  const regionError = regions.length === 0 ? 'Choose at least one region.' : undefined;
  const endpointError = !admin && endpoint.trim() ? endpointUrlProblem(endpoint.trim(), 'settings', regions.map((o) => o.value!)) : undefined;
  const apply = () => {
    if (regionError || endpointError) return;
    applyConnectionChoices(regions.map((o) => o.value!), admin ? undefined : endpoint.trim() || undefined);
    setApplied(true);
  };
  return (
    <SpaceBetween size="m">
      <FormField
        label="Regions"
        description={sameOrigin ? 'The regions this deployment routes. Lists show every chosen region at once, with a Region column.' : 'Snow Device Management is regional: choose every region your fleet is in. Lists show them all at once, with a Region column.'}
        errorText={regionError}
      >
        <Multiselect
          selectedOptions={regions}
          options={selectableRegions(config).map(option)}
          onChange={({ detail }) => {
            setRegions(detail.selectedOptions);
            setApplied(false);
          }}
          filteringType="auto"
          placeholder="Choose regions"
          deselectAriaLabel={(o) => `Remove ${o.label}`}
          tokenLimit={6}
          i18nStrings={{ tokenLimitShowMore: 'Show more', tokenLimitShowFewer: 'Show fewer' }}
        />
      </FormField>
      <FormField
        label={<span>Endpoint URL <i>- optional</i></span>}
        description={
          sameOrigin
            ? 'Not used: this deployment reaches the service through its own origin (/sdm/<region>/).'
            : admin
              ? 'Set by your administrator in the deployment\'s configuration: it cannot be changed here.'
              : 'A FIPS endpoint or a VPC interface endpoint of Snow Device Management. {region} stands for each chosen region.'
        }
        errorText={endpointError}
      >
        <Input
          value={endpoint}
          disabled={sameOrigin}
          readOnly={Boolean(admin)}
          onChange={({ detail }) => {
            setEndpoint(detail.value);
            setApplied(false);
          }}
          placeholder="https://snow-device-management-fips.{region}.amazonaws.com"
          type="url"
          inputMode="url"
        />
      </FormField>
      <SpaceBetween direction="horizontal" size="xs" alignItems="center">
        <Button onClick={apply} disabled={Boolean(regionError || endpointError)}>Apply regions and endpoint</Button>
        {applied && <span role="status">Applied: {regions.map((o) => o.value).join(', ')}.</span>}
      </SpaceBetween>
    </SpaceBetween>
  );
}
