/**
 * The inventory's field names as the operator reads them: the table's column headers, the
 * filter's properties and the CSV export's header line all use these.
 */
export const COLUMN_LABELS = {
  id: 'Device ID',
  name: 'Name',
  region: 'Region',
  type: 'Type',
  state: 'State',
  status: 'Status',
  lastContact: 'Last contact',
  dataAge: 'Data updated',
  software: 'Software',
  installState: 'Install state',
  installing: 'Installing',
  job: 'Order job',
  storage: 'Storage used',
  memory: 'Memory used',
  tags: 'Tags',
  description: 'Description',
  softwareVersion: 'Software version',
  installingVersion: 'Installing version',
  storageBand: 'Storage band',
  contactBand: 'Last contact age',
} as const;
