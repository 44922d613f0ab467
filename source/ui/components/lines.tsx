import { Text } from 'ink';
import { sanitize } from '../text/sanitize.js';
import { wrap } from '../text/wrap.js';
import type { TextStyle } from '../theme/theme.js';

/**
 * Untrusted text sanitised and wrapped to `width`: plans, messages, file lists. With `maxLines`,
 * what does not fit is counted on the last line instead of drawn over what follows.
 */
export function Lines(props: {
  text: string;
  width: number;
  style?: TextStyle;
  maxLines?: number;
}) {
  const { text, width, style, maxLines } = props;
  const lines = wrap(sanitize(text), width);
  const room = Math.max(1, maxLines ?? lines.length);
  const shown =
    lines.length <= room
      ? lines
      : [
          ...lines.slice(0, room - 1),
          `… ${lines.length - room + 1} more lines: a taller terminal shows them`,
        ];
  return <Text {...style}>{shown.join('\n')}</Text>;
}
