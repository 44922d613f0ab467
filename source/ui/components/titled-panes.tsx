import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { useServices, useUiState } from '../app/contexts.js';
import { duplicatesLayout } from '../state/duplicates-layout.js';
import { truncate } from '../text/width.js';

/** Sizes the panes are drawn at. */
export interface PaneSize {
  width: number;
  height: number;
}

/**
 * A title line over a list on the left and a detail pane on the right, split by a rule, in the
 * review screen's proportions: the Duplicates and PII screens' frame.
 */
export function TitledPanes(props: {
  title: string;
  list: (size: PaneSize) => ReactNode;
  detail: (size: PaneSize) => ReactNode;
}) {
  const state = useUiState();
  const { theme } = useServices();
  const layout = duplicatesLayout(state.viewport);
  const height = layout.listHeight;
  return (
    <Box flexDirection="column" height={height + 1}>
      <Text {...theme.title} wrap="truncate-end">
        {truncate(props.title, state.viewport.columns)}
      </Text>
      <Box height={height}>
        {props.list({ width: layout.listWidth, height })}
        <Box width={2} height={height}>
          <Text {...theme.border}>{Array.from({ length: height }, () => '│').join('\n')}</Text>
        </Box>
        {props.detail({ width: layout.detailWidth, height })}
      </Box>
    </Box>
  );
}
