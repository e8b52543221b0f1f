import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FileUpload from '@cloudscape-design/components/file-upload';
import FormField from '@cloudscape-design/components/form-field';
import Modal from '@cloudscape-design/components/modal';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { count } from '@/lib/plural';
import type { KnownValues, SavedViewsState } from '../../model/saved-views';
import { collisions, parseViewsFile, type CollisionChoice, type ImportResult, type ParsedFile } from '../../model/saved-views-file';
import { importViews } from '../../model/saved-views-file';

interface Props {
  state: SavedViewsState;
  known: KnownValues;
  newId: () => string;
  onImport: (result: ImportResult) => void;
  onDismiss: () => void;
}

/** Imports views from an exported file: what it holds, what is skipped and why, and a choice for names already taken. */
export function ImportModal({ state, known, newId, onImport, onDismiss }: Props) {
  const [files, setFiles] = useState<File[]>([]);
  const [parsed, setParsed] = useState<ParsedFile>();
  const [error, setError] = useState<string>();
  const [choice, setChoice] = useState<CollisionChoice>('keep-both');
  const onFiles = async (next: File[]) => {
    setFiles(next);
    setParsed(undefined);
    setError(undefined);
    const file = next[0];
    if (!file) return;
    const r = parseViewsFile(await file.text(), known);
    if ('error' in r) setError(r.error);
    else setParsed(r);
  };
  const taken = parsed ? collisions(state, parsed) : [];
  return (
    <Modal
      closeAriaLabel="Close dialog"
      visible
      onDismiss={onDismiss}
      header="Import views"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onDismiss}>Cancel</Button>
            <Button variant="primary" disabled={!parsed || parsed.views.length === 0} onClick={() => parsed && onImport(importViews(state, parsed, choice, newId))}>
              {parsed && parsed.views.length > 0 ? `Import ${count(parsed.views.length, 'view')}` : 'Import'}
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <FormField label="File" description="A file exported with Export views, from this dashboard or a colleague’s." errorText={error}>
          <FileUpload
            value={files}
            onChange={({ detail }) => void onFiles(detail.value)}
            accept="application/json,.json"
            i18nStrings={{ uploadButtonText: () => 'Choose file', dropzoneText: () => 'Drop a file to import', removeFileAriaLabel: (_i, n) => `Remove ${n}`, errorIconAriaLabel: 'Error', warningIconAriaLabel: 'Warning' }}
          />
        </FormField>
        {parsed && (
          <div role="status">
            <SpaceBetween size="xs">
              <Box>{parsed.views.length ? `${count(parsed.views.length, 'view')} to import.` : 'No view in this file can be imported.'}</Box>
              {parsed.skipped.length > 0 && (
                <Box>
                  {count(parsed.skipped.length, 'view')} will be skipped:
                  <ul>{parsed.skipped.map((s, i) => <li key={i}>{s.name ? `"${s.name}": ` : ''}{s.reason}</li>)}</ul>
                </Box>
              )}
            </SpaceBetween>
          </div>
        )}
        {taken.length > 0 && (
          <FormField label={`Names already taken: ${taken.join(', ')}`} description="Built-in views are never replaced; an imported view of the same name gets a number.">
            <RadioGroup
              value={choice}
              onChange={({ detail }) => setChoice(detail.value as CollisionChoice)}
              items={[
                { value: 'keep-both', label: 'Keep both', description: 'The imported view gets a number, such as "Berlin (2)".' },
                { value: 'replace', label: 'Replace mine', description: 'Your view of that name takes the imported filter, sort and columns.' },
              ]}
            />
          </FormField>
        )}
      </SpaceBetween>
    </Modal>
  );
}
