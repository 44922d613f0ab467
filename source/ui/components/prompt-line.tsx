import { Text } from 'ink';
import { useServices, useUiState } from '../app/contexts.js';
import type { PromptPurpose } from '../state/ui-state.js';
import { clusters } from '../text/clusters.js';
import { sanitize } from '../text/sanitize.js';
import { clusterWidth, displayWidth } from '../text/width.js';

const LABELS: Readonly<Record<PromptPurpose, string>> = {
  note: 'note: ',
  search: '/',
  seed: 'seed: ',
  split: 'split: ',
  field: 'value: ',
};

const HINTS: Readonly<Record<PromptPurpose, string>> = {
  note: '  Enter save (empty removes it) · Esc cancel',
  search: '  Enter search · Esc cancel',
  seed: '  Enter next · Esc back',
  split: '  Enter next · Esc back to the list',
  field: '  Enter save (empty removes it) · Esc cancel',
};

/** The end of `text` that fits in `width` columns: while typing, the newest characters matter. */
export function tailToWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  const kept: string[] = [];
  let used = 1;
  for (const cluster of [...clusters(text)].reverse()) {
    used += clusterWidth(cluster);
    if (used > width) break;
    kept.unshift(cluster);
  }
  return `…${kept.join('')}`;
}

/** A one-line text field in the footer, vim-style, with a block cursor after the text. */
export function PromptLine({ width }: { width: number }) {
  const { overlay } = useUiState();
  const { theme } = useServices();
  if (overlay?.kind !== 'prompt') return null;
  const label = LABELS[overlay.purpose];
  const hint = HINTS[overlay.purpose];
  const room = Math.max(1, width - label.length - 3 - (width >= 70 ? hint.length : 0));
  return (
    <Text wrap="truncate-end">
      {' '}
      <Text {...theme.key}>{label}</Text>
      {tailToWidth(sanitize(overlay.text), room)}
      <Text inverse> </Text>
      {width >= 70 && <Text {...theme.hint}>{hint}</Text>}
    </Text>
  );
}
