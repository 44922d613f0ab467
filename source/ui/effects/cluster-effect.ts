import { resolveCluster } from '../../core/dedup/index.js';
import { messageOf } from '../../core/error-message.js';
import type { UiStore } from '../state/ui-store.js';
import type { DatasetIndex } from './dataset-index.js';
import type { ReviewStore } from './review-store.js';

/**
 * Keeps one member of the highlighted duplicate cluster and rejects the others with the reason
 * `duplicate of <id>`, in one store record, so one undo brings them all back.
 */
export function createKeepMemberEffect(
  store: ReviewStore,
  ui: UiStore,
  index: DatasetIndex,
): (kept: string) => void {
  return (kept) => {
    const { duplicates } = ui.getState().curation;
    const cluster = duplicates.clusters[duplicates.cursor];
    if (cluster === undefined || !cluster.members.includes(kept)) return;
    const { rejected } = resolveCluster(cluster.members, kept);
    try {
      store.record(
        rejected.map(({ id, reason }) => ({ id, patch: { status: 'rejected', reason } })),
      );
    } catch (error) {
      ui.dispatch({
        type: 'saveFailed',
        message: messageOf(error),
      });
      return;
    }
    const updates = cluster.members.flatMap((id) => {
      const position = index.positionOf(id);
      return position === undefined ? [] : [{ index: position, decision: store.get(id) }];
    });
    ui.dispatch({ type: 'decisionsChanged', updates });
    ui.dispatch({
      type: 'curation',
      change: { type: 'clusterSettled', first: cluster.members[0]! },
    });
  };
}
