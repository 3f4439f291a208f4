/** The JSON the benchmark writes: the shape, with the details behind each figure alongside. */
import type { ImportThreadFigures } from './import-thread.ts';
import type { Machine } from './machine.ts';
import type { PeerFigures } from './peer.ts';
import type { StoreFigures } from './store-bench.ts';
import type { UiFigures } from './ui-bench.ts';

export interface SizeResult extends StoreFigures {
  ui: UiFigures | null;
  uiSkipped?: string;
  peer: (PeerFigures & { firstPaintRatio: number | null }) | null;
  peerSkipped?: string;
  /** The desktop app's Import… of one file, on the calling thread and on a worker. */
  importThread?: ImportThreadFigures | null;
  importThreadSkipped?: string;
}

export interface BenchResult {
  machine: Machine;
  seed: number;
  startedAt: string;
  results: SizeResult[];
}
