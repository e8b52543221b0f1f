import CollectionPreferences, { type CollectionPreferencesProps } from '@cloudscape-design/components/collection-preferences';
import { contentDisplayOptions, PAGE_SIZE_OPTIONS } from './table-config';

type Prefs = CollectionPreferencesProps.Preferences;

/** Cloudscape's preferences dialog: columns (visible and order), page size, wrap, stripes, density. */
export function TablePreferences({ preferences, onConfirm, multiRegion }: { preferences: Prefs; onConfirm: (p: Prefs) => void; multiRegion: boolean }) {
  return (
    <CollectionPreferences
      title="Preferences"
      confirmLabel="Confirm"
      cancelLabel="Cancel"
      preferences={preferences}
      onConfirm={({ detail }) => onConfirm(detail)}
      pageSizePreference={{ title: 'Page size', options: PAGE_SIZE_OPTIONS }}
      wrapLinesPreference={{ label: 'Wrap lines', description: 'Show long values such as tags on several lines' }}
      stripedRowsPreference={{ label: 'Striped rows' }}
      contentDensityPreference={{ label: 'Compact mode', description: 'Show more rows with less spacing' }}
      contentDisplayPreference={{
        title: 'Column preferences',
        description: 'Choose and order the columns.',
        options: contentDisplayOptions(multiRegion),
      }}
    />
  );
}
