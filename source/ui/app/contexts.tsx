/**
 * Two contexts: the state, which changes with every key, and the services (dispatch, keymap,
 * theme, effects), which never change, so components that only act do not re-render.
 */
import { createContext, type ReactNode, useContext, useSyncExternalStore } from 'react';
import type { CommandContext } from '../input/command.js';
import type { KeyResolver } from '../keymap/keymap.js';
import type { UiAction } from '../state/actions.js';
import type { SplitBalanceRequest } from '../state/stats-splits.js';
import type { UiState } from '../state/ui-state.js';
import type { UiStore } from '../state/ui-store.js';
import type { Theme } from '../theme/theme.js';

/** Everything a component may use besides the state. */
export interface Services {
  ui: UiStore;
  commands: CommandContext;
  resolver: KeyResolver;
  theme: Theme;
  /** Writes the export the form describes; `force` overwrites existing files. */
  startExport(force: boolean): void;
  /** Works out, in the background, what the export form's choices would write. */
  previewExport(): void;
  /** Works out, in the background, the stats screen's counts per split for the export form. */
  previewSplitBalance(request: SplitBalanceRequest): void;
}

const StateContext = createContext<UiState | undefined>(undefined);
const ServicesContext = createContext<Services | undefined>(undefined);

export function WorkbenchProvider({
  services,
  children,
}: {
  services: Services;
  children: ReactNode;
}) {
  const { ui } = services;
  const state = useSyncExternalStore(ui.subscribe, ui.getState);
  return (
    <ServicesContext.Provider value={services}>
      <StateContext.Provider value={state}>{children}</StateContext.Provider>
    </ServicesContext.Provider>
  );
}

export function useUiState(): UiState {
  const state = useContext(StateContext);
  if (state === undefined) throw new Error('useUiState outside WorkbenchProvider');
  return state;
}

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (services === undefined) throw new Error('useServices outside WorkbenchProvider');
  return services;
}

export function useDispatch(): (action: UiAction) => void {
  return useServices().ui.dispatch;
}

export function useTheme(): Theme {
  return useServices().theme;
}
