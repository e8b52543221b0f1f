/// <reference types="vite/client" />

/** True in `npm run dev` and the demo build, where the simulated fleet is available. */
declare const __SIMULATOR__: boolean;
