import { Box, Text } from 'ink';
import { DATASET_META_FIELDS, missingProvenance } from '../../core/dataset-meta.js';
import { useServices, useUiState } from '../app/contexts.js';
import { layoutFor } from '../state/layout.js';
import { sanitize } from '../text/sanitize.js';
import { padEnd, truncate } from '../text/width.js';

/** Field names as people read them. */
const NAMES: Readonly<Record<string, string>> = {
  license: 'licence',
  source: 'source',
  owner: 'owner',
  intendedUse: 'intended use',
  prettyName: 'pretty name',
  language: 'language',
};

const NAME_COLUMN = 14;

/** The dataset fields the store holds, one per row; Enter edits the highlighted one. */
export function DatasetScreen() {
  const state = useUiState();
  const { theme } = useServices();
  const { columns } = state.viewport;
  const width = columns - 2;
  const { meta, cursor } = state.dataset;
  const missing = missingProvenance(meta);
  return (
    <Box flexDirection="column" height={layoutFor(state.viewport).bodyHeight} paddingX={1}>
      <Text {...theme.title}>
        {truncate(
          'Dataset · stated once for the whole dataset; every export’s card and manifest carry them',
          width,
        )}
      </Text>
      <Text> </Text>
      {DATASET_META_FIELDS.map(({ key, flag }, index) => {
        const value = meta[key];
        const selected = index === cursor;
        const warn = missing.includes(key as 'license' | 'source')
          ? ' · exports warn without it'
          : '';
        const text = `${selected ? '▸' : ' '} ${padEnd(NAMES[key] ?? flag, NAME_COLUMN)}${value === undefined ? `(not set)${warn}` : sanitize(value)}`;
        return (
          <Text
            key={key}
            wrap="truncate-end"
            {...(selected ? theme.selected : value === undefined ? theme.muted : theme.body)}
          >
            {selected ? padEnd(truncate(text, width), width) : truncate(text, width)}
          </Text>
        );
      })}
      <Text> </Text>
      <Text {...theme.hint}>
        {truncate('The same fields as winnow meta --license … --source … set.', width)}
      </Text>
    </Box>
  );
}
