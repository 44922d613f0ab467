import type { PreferenceJudgement } from '../../core/decision.js';
import { messageOf } from '../../core/error-message.js';
import { judgementPatch } from '../../core/preference/judgement.js';
import { currentIndex, indexAt, positionAtOrAfter, viewLength } from '../state/list-view.js';
import type { UiState } from '../state/ui-state.js';
import type { UiStore } from '../state/ui-store.js';
import type { ReviewStore } from './review-store.js';

/**
 * The dataset position of the next preference example after `index` (wrapping) that the list
 * shows, and that is still pending when `pending` is set; undefined when there is none.
 */
export function nextPreferenceIndex(
  state: UiState,
  index: number,
  by: 1 | -1,
  pending: boolean,
): number | undefined {
  const length = viewLength(state);
  const here = positionAtOrAfter(state, index);
  for (let step = 1; step <= length; step++) {
    const at = indexAt(state, (((here + by * step) % length) + length) % length);
    if (at === undefined || at === index) continue;
    if (state.examples[at]?.kind !== 'preference') continue;
    if (!pending || state.decisions.get(at).status === 'pending') return at;
  }
  return undefined;
}

/**
 * Records a judgement for the example under the cursor (through `judgementPatch`, as the CLI does),
 * then moves to the next pending preference example: the next pair, whatever lies between.
 */
export function createJudgementEffect(
  store: ReviewStore,
  ui: UiStore,
): (judgement: PreferenceJudgement) => void {
  return (judgement) => {
    const state = ui.getState();
    const at = currentIndex(state);
    const example = at === undefined ? undefined : state.examples[at];
    if (at === undefined || example === undefined) return;
    try {
      store.record([{ id: example.id, patch: judgementPatch(judgement) }]);
    } catch (error) {
      ui.dispatch({
        type: 'saveFailed',
        message: messageOf(error),
      });
      return;
    }
    const updates = [{ index: at, decision: store.get(example.id) }];
    const next = nextPreferenceIndex(state, at, 1, true);
    ui.dispatch({
      type: 'decisionsChanged',
      updates,
      ...(next === undefined ? {} : { focus: next }),
    });
    if (next === undefined)
      ui.dispatch({ type: 'notice', text: 'every preference example is judged' });
  };
}
