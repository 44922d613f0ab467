import { Box, Text, type TextProps } from 'ink';
import { useServices } from '../app/contexts.js';
import { padEnd } from '../text/width.js';

/** A window of rows of a list with a cursor, as the Duplicates and PII screens show them. */
export interface CursorListProps {
  length: number;
  top: number;
  cursor: number;
  width: number;
  height: number;
  /** A row's text, at most `width` columns. */
  rowText(position: number, width: number): string;
  /** A row's style when it is not the highlighted one. */
  rowStyle?(position: number): TextProps;
}

/** The rows from `top` that fit, the highlighted one marked `▸` and filled to the width. */
export function CursorList(props: CursorListProps) {
  const { theme } = useServices();
  const { length, top, cursor, width, height, rowText, rowStyle } = props;
  const rows = [];
  for (let position = top; position < Math.min(length, top + height); position++) {
    const selected = position === cursor;
    const text = rowText(position, width - 1);
    rows.push(
      <Text
        key={position}
        wrap="truncate-end"
        {...(selected ? theme.selected : (rowStyle?.(position) ?? {}))}
      >
        {`${selected ? '▸' : ' '}${selected ? padEnd(text, width - 1) : text}`}
      </Text>,
    );
  }
  return (
    <Box flexDirection="column" width={width} height={height}>
      {rows}
    </Box>
  );
}
