import { Box, Text } from 'ink';
import { useMemo } from 'react';
import type { Example } from '../../core/example.js';
import { exampleText } from '../../core/example-text.js';
import { useServices, useUiState } from '../app/contexts.js';
import { CursorList } from '../components/cursor-list.js';
import { count, progressBar } from '../components/progress-bar.js';
import { TitledPanes } from '../components/titled-panes.js';
import { clusterRowText, memberLineText } from '../presentation/cluster-lines.js';
import { type DiffLine, diffLines } from '../presentation/diff-lines.js';
import { headerLine } from '../presentation/styled-line.js';
import { wordDiff } from '../presentation/word-diff.js';
import { duplicateCount, highlightedCluster, positionsById } from '../state/duplicates-view.js';
import type { UiState } from '../state/ui-state.js';
import { padEnd, truncate } from '../text/width.js';

function titleText(state: UiState): string {
  const { duplicates } = state.curation;
  if (state.load.phase !== 'done') return ' Duplicates · waiting for the file to load';
  if (duplicates.phase === 'failed') return ` Duplicates · failed: ${duplicates.message ?? ''}`;
  if (duplicates.phase !== 'done') {
    const fraction = duplicates.total > 0 ? duplicates.done / duplicates.total : 0;
    return ` Duplicates · finding near duplicates ${progressBar(fraction, 20)} ${Math.floor(fraction * 100)}% (${count(duplicates.done)} of ${count(duplicates.total)})`;
  }
  const settled = duplicates.settled.size;
  return ` Duplicates · ${count(duplicates.clusters.length)} clusters, ${count(duplicateCount(duplicates.clusters))} duplicates · ${count(settled)} reviewed · Jaccard ≥ 0.8 on the whole example`;
}

function ClusterList({ width, height }: { width: number; height: number }) {
  const state = useUiState();
  const { theme } = useServices();
  const { duplicates } = state.curation;
  const at = positionsById(state.examples);
  if (duplicates.phase === 'done' && duplicates.clusters.length === 0) {
    return (
      <Box width={width} height={height}>
        <Text {...theme.muted}> no duplicates found</Text>
      </Box>
    );
  }
  const rowText = (position: number, room: number) => {
    const cluster = duplicates.clusters[position]!;
    const first = state.examples[at.get(cluster.members[0]!) ?? -1];
    return clusterRowText(cluster, first, duplicates.settled.has(cluster.members[0]!), room);
  };
  return (
    <CursorList
      length={duplicates.clusters.length}
      top={duplicates.top}
      cursor={duplicates.cursor}
      width={width}
      height={height}
      rowText={rowText}
    />
  );
}

/** One line of a word diff: each run in its side's colour. */
function DiffText({ line }: { line: DiffLine }) {
  const { theme } = useServices();
  const style = { both: theme.body, a: theme.rejected, b: theme.accepted } as const;
  const pieces = [];
  for (let piece = 0; piece < line.length; piece++) {
    const segment = line[piece]!;
    pieces.push(
      <Text key={piece} {...style[segment.side]}>
        {segment.text}
      </Text>,
    );
  }
  return <Text wrap="truncate-end">{pieces.length === 0 ? ' ' : pieces}</Text>;
}

/** The highlighted member's text, its words that differ from the first member's marked. */
function MemberDiff({
  first,
  member,
  width,
  rows,
}: {
  first: Example;
  member: Example;
  width: number;
  rows: number;
}) {
  const { theme } = useServices();
  const lines: DiffLine[] = useMemo(
    () => diffLines(wordDiff(exampleText(first), exampleText(member)), width),
    [first, member, width],
  );
  const title =
    first === member
      ? 'the first member'
      : 'against the first: [-only the first-] {+only this one+}';
  const shown = [];
  for (let line = 0; line < Math.min(rows, lines.length); line++) {
    shown.push(<DiffText key={line} line={lines[line]!} />);
  }
  return (
    <Box flexDirection="column" width={width}>
      <Text {...theme.heading}>{headerLine(title, width, 'heading').text}</Text>
      {shown}
    </Box>
  );
}

function Members({ width, height }: { width: number; height: number }) {
  const state = useUiState();
  const { theme } = useServices();
  const cluster = highlightedCluster(state);
  if (cluster === undefined) return <Box width={width} height={height} />;
  const at = positionsById(state.examples);
  const { member } = state.curation.duplicates;
  const memberRows = Math.min(cluster.members.length, Math.max(1, Math.floor(height / 3)));
  const from = Math.max(0, Math.min(member - memberRows + 1, cluster.members.length - memberRows));
  const shown = cluster.members.slice(from, from + memberRows);
  const example = (id: string) => state.examples[at.get(id) ?? -1];
  const first = example(cluster.members[0]!);
  const highlighted = example(cluster.members[member]!);
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text {...theme.heading}>
        {truncate(
          `${cluster.members.length} members · Enter keeps the highlighted one, A keeps all`,
          width,
        )}
      </Text>
      {shown.map((id, offset) => {
        const index = from + offset;
        const position = at.get(id) ?? -1;
        const text = memberLineText(
          id,
          example(id),
          state.decisions.get(position),
          cluster.similarity[index] ?? 1,
          width - 2,
        );
        const selected = index === member;
        return (
          <Text key={id} wrap="truncate-end" {...(selected ? theme.selected : {})}>
            {`${selected ? '▸ ' : '  '}${selected ? padEnd(text, width - 2) : text}`}
          </Text>
        );
      })}
      {first && highlighted && (
        <MemberDiff
          first={first}
          member={highlighted}
          width={width}
          rows={Math.max(1, height - memberRows - 2)}
        />
      )}
    </Box>
  );
}

/** Near-duplicate clusters on the left; the highlighted cluster's members and their differences on the right. */
export function DuplicatesScreen() {
  const state = useUiState();
  return (
    <TitledPanes
      title={titleText(state)}
      list={(size) => <ClusterList {...size} />}
      detail={(size) => <Members {...size} />}
    />
  );
}
