import { SettingsPage } from './components/settings-page';

export const settingsRoute = { Component: SettingsPage };
