// wouter imports useSyncExternalStore from the `use-sync-external-store` shim, written for React
// versions before 18; on React 19 the shim hands out React's own, and this module does only that
// (vite.config.ts aliases the shim here: its fallback code no longer ships).
export { useSyncExternalStore } from 'react';
