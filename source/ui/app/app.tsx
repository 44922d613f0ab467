import { Box, Text, useInput, useStdout } from 'ink';
import { useCallback, useEffect } from 'react';
import { Footer } from '../components/footer.js';
import { StatusBar } from '../components/status-bar.js';
import { handleKey } from '../input/commands.js';
import { DatasetScreen } from '../screens/dataset-screen.js';
import { DuplicatesScreen } from '../screens/duplicates-screen.js';
import { ExportScreen } from '../screens/export-screen.js';
import { HelpOverlay } from '../screens/help-overlay.js';
import { JudgeScreen } from '../screens/judge-screen.js';
import { PiiScreen } from '../screens/pii-screen.js';
import { ReviewScreen } from '../screens/review-screen.js';
import { StatsScreen } from '../screens/stats-screen.js';
import { layoutFor, MIN_VIEWPORT, type Viewport } from '../state/layout.js';
import { type Services, useServices, useUiState, WorkbenchProvider } from './contexts.js';

/** The one input handler of the app: every key goes through the keymap (see `handleKey`). */
function KeyInput() {
  const { commands, resolver } = useServices();
  const onKey = useCallback(
    (input: string, key: Parameters<typeof handleKey>[3]) =>
      handleKey(commands, resolver, input, key),
    [commands, resolver],
  );
  useInput(onKey);
  return null;
}

/** Follows the terminal's size; tests pass a fixed viewport instead. */
function ViewportSync({ fixed }: { fixed: Viewport | undefined }) {
  const { stdout } = useStdout();
  const { ui } = useServices();
  useEffect(() => {
    const report = () =>
      ui.dispatch({
        type: 'resized',
        viewport: fixed ?? { columns: stdout.columns || 80, rows: stdout.rows || 24 },
      });
    report();
    if (fixed !== undefined) return;
    stdout.on('resize', report);
    return () => {
      stdout.off('resize', report);
    };
  }, [fixed, stdout, ui]);
  return null;
}

function TooSmall({ viewport }: { viewport: Viewport }) {
  const { theme } = useServices();
  const needed = `${MIN_VIEWPORT.columns}x${MIN_VIEWPORT.rows}`;
  return (
    <Box height={layoutFor(viewport).frameHeight} overflow="hidden">
      <Text {...theme.error} wrap="wrap">
        {`winnow needs a terminal of at least ${needed}; this one is ${viewport.columns}x${viewport.rows}. Enlarge it, or press q to quit.`}
      </Text>
    </Box>
  );
}

function Screen() {
  const state = useUiState();
  if (state.overlay?.kind === 'help') return <HelpOverlay />;
  switch (state.screen) {
    case 'review':
      return <ReviewScreen />;
    case 'stats':
      return <StatsScreen />;
    case 'export':
      return <ExportScreen />;
    case 'judge':
      return <JudgeScreen />;
    case 'duplicates':
      return <DuplicatesScreen />;
    case 'pii':
      return <PiiScreen />;
    case 'dataset':
      return <DatasetScreen />;
  }
}

/** The frame: one screen, the status bar and the footer, never taller than the terminal less one row. */
function Frame() {
  const { viewport } = useUiState();
  const layout = layoutFor(viewport);
  if (layout.tooSmall) return <TooSmall viewport={viewport} />;
  return (
    <Box flexDirection="column" width={viewport.columns} height={layout.frameHeight}>
      <Screen />
      <StatusBar width={viewport.columns} />
      <Footer width={viewport.columns} />
    </Box>
  );
}

/** The workbench. `viewport` fixes the size (tests); otherwise it follows the terminal. */
export function App({ services, viewport }: { services: Services; viewport?: Viewport }) {
  return (
    <WorkbenchProvider services={services}>
      <KeyInput />
      <ViewportSync fixed={viewport} />
      <Frame />
    </WorkbenchProvider>
  );
}
