import type { openWorkbench } from './workbench.js';

type Workbench = Awaited<ReturnType<typeof openWorkbench>>;

/** Down presses on the export form's choice steps after include (0: the first choice). */
export interface ExportDowns {
  stratify?: number;
  group?: number;
  balance?: number;
  leakage?: number;
  personal?: number;
}

/** Opens the export screen: format, split and seed as they are, everything not rejected, then the choices. */
export async function walkExportToPlan(bench: Workbench, downs: ExportDowns = {}) {
  await bench.press('showExport');
  await bench.key('enter');
  await bench.key('enter');
  await bench.press('promptConfirm');
  await bench.key('down');
  await bench.key('enter');
  for (const step of ['stratify', 'group', 'balance', 'leakage', 'personal'] as const) {
    for (let n = 0; n < (downs[step] ?? 0); n++) await bench.key('down');
    await bench.key('enter');
  }
}
