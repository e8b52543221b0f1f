import { ActivityPage } from './components/activity-page';

/** The Activity view; its lookups start on render (they page by themselves and pause when hidden). */
export const activityRoute = { Component: ActivityPage };
