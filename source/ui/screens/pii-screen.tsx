import { Box, Text } from 'ink';
import { useMemo } from 'react';
import { DEFAULT_PII_THRESHOLD } from '../../core/export/pii-policy.js';
import { exampleFields, formatFieldPath } from '../../core/pii/index.js';
import { useServices, useUiState } from '../app/contexts.js';
import { CursorList } from '../components/cursor-list.js';
import { count, progressBar } from '../components/progress-bar.js';
import { TitledPanes } from '../components/titled-panes.js';
import type { DiffLine } from '../presentation/diff-lines.js';
import { hitContextLines, hitRowText } from '../presentation/hit-lines.js';
import type { PiiHitRow } from '../state/pii-state.js';
import { type HitStatus, highlightedHit, hitStatus, piiCounts } from '../state/pii-view.js';
import type { UiState } from '../state/ui-state.js';
import { truncate } from '../text/width.js';

function titleText(state: UiState): string {
  const { pii } = state;
  if (state.load.phase !== 'done') return ' PII · waiting for the file to load';
  if (pii.phase === 'failed') return ` PII · scan failed: ${pii.message ?? ''}`;
  const counts = piiCounts(state);
  const found = `${count(counts.hits)} hits, ${count(counts.unreviewed)} unreviewed (${count(counts.blocking)} at confidence ≥ ${DEFAULT_PII_THRESHOLD} stop an export)`;
  if (pii.phase !== 'done') {
    const fraction = pii.total > 0 ? pii.done / pii.total : 0;
    return ` PII · scanning ${progressBar(fraction, 20)} ${Math.floor(fraction * 100)}% · ${found}`;
  }
  const types = counts.byType.map(({ type, hits }) => `${type} ${count(hits)}`).join(', ');
  return ` PII · ${found}${types ? ` · ${types}` : ''}`;
}

const STATUS_TEXT: Readonly<Record<HitStatus, string>> = {
  unreviewed: 'unreviewed',
  redact: 'redact at export',
  keep: 'keep as it is',
  allowed: 'allow-listed: not personal data',
};

function HitList({ width, height }: { width: number; height: number }) {
  const state = useUiState();
  const { theme } = useServices();
  const { pii } = state;
  if (pii.hits.length === 0) {
    const text = pii.phase === 'done' ? ' no personal data found' : ' scanning…';
    return (
      <Box width={width} height={height}>
        <Text {...theme.muted}>{text}</Text>
      </Box>
    );
  }
  const style = {
    unreviewed: theme.body,
    redact: theme.rejected,
    keep: theme.accepted,
    allowed: theme.muted,
  } as const;
  const statusAt = (position: number) => hitStatus(pii.hits[position]!, state.decisions, pii.allow);
  return (
    <CursorList
      length={pii.hits.length}
      top={pii.top}
      cursor={pii.cursor}
      width={width}
      height={height}
      rowText={(position, room) => hitRowText(pii.hits[position]!, statusAt(position), room)}
      rowStyle={(position) => style[statusAt(position)]}
    />
  );
}

/** One line of the field's text, the hit's words highlighted. */
function ContextLine({ line }: { line: DiffLine }) {
  const { theme } = useServices();
  const pieces = [];
  for (let piece = 0; piece < line.length; piece++) {
    const segment = line[piece]!;
    pieces.push(
      <Text key={piece} {...(segment.side === 'b' ? theme.flagged : theme.body)}>
        {segment.text}
      </Text>,
    );
  }
  return <Text wrap="truncate-end">{pieces.length === 0 ? ' ' : pieces}</Text>;
}

function HitDetail({ row, width, height }: { row: PiiHitRow; width: number; height: number }) {
  const state = useUiState();
  const { theme } = useServices();
  const example = state.examples[row.position];
  const text = useMemo(() => {
    if (example === undefined) return '';
    const wanted = row.path.join('.');
    return exampleFields(example).find((field) => field.path.join('.') === wanted)?.text ?? '';
  }, [example, row.path]);
  const { lines, hitLine } = useMemo(() => hitContextLines(text, row, width), [text, row, width]);
  const { hit } = row;
  const kind = hit.subtype ? `${hit.type}/${hit.subtype}` : hit.type;
  const line = example?.source.line;
  const where = `${formatFieldPath(row.path)} · example ${row.id.slice(0, 8)}${line === undefined ? '' : ` (line ${line})`}`;
  const status = hitStatus(row, state.decisions, state.pii.allow);
  const header = [
    `${kind} · confidence ${hit.confidence} · confirmed by ${hit.check}`,
    where,
    `decision: ${STATUS_TEXT[status]}`,
  ];
  const contextRows = Math.max(1, height - header.length - 1);
  const from = Math.max(
    0,
    Math.min(hitLine - Math.floor(contextRows / 3), lines.length - contextRows),
  );
  const shown = [];
  for (let at = from; at < Math.min(lines.length, from + contextRows); at++) {
    shown.push(<ContextLine key={at} line={lines[at]!} />);
  }
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text {...theme.heading}>{truncate(header[0]!, width)}</Text>
      <Text {...theme.muted}>{truncate(header[1]!, width)}</Text>
      <Text>{truncate(header[2]!, width)}</Text>
      <Text> </Text>
      {shown}
    </Box>
  );
}

/** Personal-data hits on the left; the highlighted hit in its text on the right. */
export function PiiScreen() {
  const state = useUiState();
  const row = highlightedHit(state);
  return (
    <TitledPanes
      title={titleText(state)}
      list={(size) => <HitList {...size} />}
      detail={(size) => (row === undefined ? <Box {...size} /> : <HitDetail row={row} {...size} />)}
    />
  );
}
