import Alert from '@cloudscape-design/components/alert';
import ButtonDropdown, { type ButtonDropdownProps } from '@cloudscape-design/components/button-dropdown';
import Select, { type SelectProps } from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { Suspense, useMemo, useState } from 'react';
import { lazyWithRetry } from '@/lib/lazy-retry';
import { useNotifications } from '@/lib/notifications';
import { allViews, BUILT_IN_VIEWS, deleteView, matchesView, renameView, saveAsNew, setDefault, updateView, type SavedView, type ViewSettings } from '../../model/saved-views';
import { exportViews, type ImportResult } from '../../model/saved-views-file';
import { viewHref } from '../../model/url-state';
import { downloadFile } from '../inventory/download-file';
import { applyViewSettings, type ViewTargets } from './apply-view';
import { DeleteModal, NameModal } from './name-modal';
import { importSummary, KNOWN } from './saved-views-text';
import { useSavedViews } from './use-saved-views';

// The import dialog (with its file picker) loads when first opened.
const ImportModal = lazyWithRetry(() => import('./import-modal').then((m) => ({ default: m.ImportModal })));

type Dialog = 'save' | 'rename' | 'delete' | 'import' | undefined;

interface Props extends ViewTargets {
  /** The default view the inventory opened with (already applied by LazySavedViewsBar). */
  opening?: SavedView;
}

const newId = () => crypto.randomUUID();
const option = (v: SavedView, defaultId?: string): SelectProps.Option => ({ value: v.id, label: v.name, tags: v.id === defaultId ? ['Default'] : undefined });

/** Choose, save, update, rename, delete, share, export and import views of the inventory (Cloudscape's saved filter sets). */
export function SavedViewsBar({ view, setView, prefs, setPrefs, opening }: Props) {
  const { state, problems, change } = useSavedViews(KNOWN);
  const { notify } = useNotifications();
  const [dialog, setDialog] = useState<Dialog>();
  const current: ViewSettings = useMemo(() => ({
    query: view.query, sort: view.sort, descending: view.descending, pageSize: prefs.pageSize,
    columns: prefs.contentDisplay.map(({ id, visible }) => ({ id, visible })),
  }), [view.query, view.sort, view.descending, prefs.pageSize, prefs.contentDisplay]);
  const views = allViews(state);
  const [chosenId, setChosenId] = useState<string | undefined>(opening?.id);
  // The chosen view is the last one applied or matched (a summary count or a link can produce
  // one): changing the filter after that shows it with "(unsaved changes)".
  const chosen = views.find((v) => v.id === chosenId);
  const matched = chosen && matchesView(chosen, current) ? chosen : views.find((v) => matchesView(v, current));
  if (matched && matched.id !== chosenId) setChosenId(matched.id);
  const shown = matched ?? chosen;
  const dirty = shown ? !matchesView(shown, current) : false;

  const apply = (v: SavedView) => {
    applyViewSettings({ setView, setPrefs }, v.settings);
    setChosenId(v.id);
  };

  const done = (text: string) => notify({ type: 'success', content: text });
  const copyLink = () => {
    const href = `${window.location.origin}${viewHref(current)}`;
    navigator.clipboard.writeText(href).then(
      () => done(`Link copied. It opens the inventory with this filter and sort.`),
      () => notify({ type: 'warning', header: 'The browser did not allow copying', content: href }),
    );
  };
  const own = shown && !shown.builtIn ? shown : undefined;
  const isDefault = shown !== undefined && state.defaultId === shown.id;
  const items: ButtonDropdownProps.ItemOrGroup[] = [
    { id: 'save', text: 'Save as new view' },
    { id: 'update', text: own ? `Update "${own.name}"` : 'Update view', disabled: !own || !dirty, disabledReason: !shown ? 'Choose a view first.' : !own ? 'Built-in views cannot be changed.' : 'No unsaved changes.' },
    { id: 'rename', text: 'Rename', disabled: !own, disabledReason: shown ? 'Built-in views cannot be renamed.' : 'Choose a view first.' },
    { id: 'delete', text: 'Delete', disabled: !own, disabledReason: shown ? 'Built-in views cannot be deleted.' : 'Choose a view first.' },
    { id: 'default', text: isDefault ? 'Stop opening with this view' : 'Set as default', disabled: !shown, disabledReason: 'Choose a view first.' },
    { id: 'copy', text: 'Copy link' },
    { id: 'export', text: 'Export views', disabled: state.views.length === 0, disabledReason: 'Save a view first; built-in views come with every dashboard.' },
    { id: 'import', text: 'Import views' },
  ];
  const onItem = (id: string) => {
    if (id === 'save' || id === 'rename' || id === 'delete' || id === 'import') setDialog(id);
    else if (id === 'update' && own) {
      const error = change(updateView(state, own.id, current));
      if (error) notify({ type: 'error', content: error });
      else done(`View "${own.name}" updated.`);
    } else if (id === 'default' && shown) {
      change(setDefault(state, isDefault ? undefined : shown.id));
      done(isDefault ? 'The inventory opens unfiltered.' : `The inventory opens with "${shown.name}".`);
    } else if (id === 'copy') copyLink();
    else if (id === 'export') downloadFile(`snow-dashboard-views-${new Date().toISOString().slice(0, 10)}.json`, exportViews(state, new Date()), 'application/json');
  };
  const onImported = (r: ImportResult) => {
    change({ state: r.state });
    setDialog(undefined);
    done(importSummary(r));
  };

  const selected = shown ? { value: shown.id, label: dirty ? `${shown.name} (unsaved changes)` : shown.name, tags: isDefault ? ['Default'] : undefined } : null;
  const mine = views.filter((v) => !v.builtIn);
  return (
    <SpaceBetween size="xs">
      <SpaceBetween direction="horizontal" size="xs">
        <div style={{ minWidth: 260 }}>
          <Select
            selectedOption={selected}
            onChange={({ detail }) => {
              const v = views.find((x) => x.id === detail.selectedOption.value);
              if (v) apply(v);
            }}
            options={[
              { label: 'Built-in views', options: BUILT_IN_VIEWS.map((v) => option(v, state.defaultId)) },
              ...(mine.length ? [{ label: 'Your views', options: mine.map((v) => option(v, state.defaultId)) }] : []),
            ]}
            placeholder="Choose a saved view"
            filteringType="auto"
            filteringPlaceholder="Find a view by name"
            ariaLabel="Saved view"
            empty="No views"
          />
        </div>
        <ButtonDropdown items={items} onItemClick={({ detail }) => onItem(detail.id)} ariaLabel="Saved view actions">Views</ButtonDropdown>
      </SpaceBetween>
      {problems.length > 0 && (
        <Alert type="warning" header="Some saved views could not be read">
          <ul>{problems.map((p) => <li key={p}>{p}</li>)}</ul>
          Saving a view keeps only the views listed in the menu.
        </Alert>
      )}
      {dialog === 'save' && (
        <NameModal
          title="Save as new view" submitText="Save" initial="" description="Saves the filter, sort, columns and page size, in this browser."
          onDismiss={() => setDialog(undefined)}
          onSubmit={(name) => {
            const id = newId();
            const error = change(saveAsNew(state, name, current, id));
            if (!error) { setChosenId(id); setDialog(undefined); done(`View "${name.trim()}" saved.`); }
            return error;
          }}
        />
      )}
      {dialog === 'rename' && own && (
        <NameModal
          title="Rename view" submitText="Rename" initial={own.name}
          onDismiss={() => setDialog(undefined)}
          onSubmit={(name) => {
            const error = change(renameView(state, own.id, name));
            if (!error) setDialog(undefined);
            return error;
          }}
        />
      )}
      {dialog === 'delete' && own && (
        <DeleteModal
          name={own.name} isDefault={state.defaultId === own.id} onDismiss={() => setDialog(undefined)}
          onConfirm={() => { change(deleteView(state, own.id)); setChosenId(undefined); setDialog(undefined); done(`View "${own.name}" deleted.`); }}
        />
      )}
      {dialog === 'import' && (
        <Suspense fallback={null}>
          <ImportModal state={state} known={KNOWN} newId={newId} onImport={onImported} onDismiss={() => setDialog(undefined)} />
        </Suspense>
      )}
    </SpaceBetween>
  );
}
