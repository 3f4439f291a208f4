/**
 * `npm run bench -- [--sizes 10000,100000] [--json FILE] [--peer-dir DIR] [--no-ui] [--keep]`
 * Generates the fixed-seed diary, measures the store through the API at each size, then the
 * UI through the browser preview in Debian's Chromium (and vis-timeline at 10k), and prints
 * the table; targets are reported as met or missed, never asserted.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { type GeneratedEvent, generateDataset } from './generate.ts';
import { benchImportThread } from './import-thread.ts';
import { describeMachine } from './machine.ts';
import { benchPeer, findPeer } from './peer.ts';
import { describeMachineLine, renderTable } from './report.ts';
import type { BenchResult, SizeResult } from './result.ts';
import { round } from './stats.ts';
import { benchStore } from './store-bench.ts';
import { benchUi, rendererReady } from './ui-bench.ts';

const ROOT = resolve(import.meta.dirname, '..');
const PEER_MAX_EVENTS = 10_000;
/** Import… of one file is timed twice over (on the thread, on a worker): at 100,000 that is ~90 s more. */
const IMPORT_THREAD_MAX_EVENTS = 10_000;

function fail(message: string): never {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(2);
}

function parseSizes(text: string): number[] {
  const sizes = text.split(',').map((s) => Number(s.trim().replace(/_/g, '')));
  const bad = sizes.find((n) => !Number.isInteger(n) || n < 10 || n > 1_000_000);
  if (bad !== undefined) fail(`--sizes: ${text} must be whole numbers of events between 10 and 1,000,000, comma-separated`);
  return sizes;
}

function readArgs() {
  try {
    return parseArgs({
      options: {
        sizes: { type: 'string', default: '10000,100000' },
        json: { type: 'string' },
        'peer-dir': { type: 'string' },
        'renderer-dir': { type: 'string' },
        'no-ui': { type: 'boolean', default: false },
        keep: { type: 'boolean', default: false },
      },
      strict: true,
    }).values;
  } catch (error) {
    fail((error as Error).message);
  }
}

const args = readArgs();
const sizes = parseSizes(args.sizes);
const log = (line: string) => process.stderr.write(`${line}\n`);
const work = mkdtempSync(join(tmpdir(), 'chancery-bench-'));
const machine = describeMachine();
const result: BenchResult = { machine, seed: 0, startedAt: new Date().toISOString(), results: [] };

/** Written after every size, so a long run's figures survive an interruption. */
function save(): void {
  machine.loadAtEnd = round(loadavg()[0]!, 2);
  if (args.json) writeFileSync(resolve(args.json), `${JSON.stringify(result, null, 2)}\n`);
}

let browser: Browser | undefined;
try {
  log(`Generating ${Math.max(...sizes)} events (fixed seed)…`);
  const data = generateDataset(Math.max(...sizes));
  result.seed = data.seed;
  const ui = args['no-ui'] ? { missing: '--no-ui' } : await prepareRenderer(args['renderer-dir'], work);
  const peer = findPeer(args['peer-dir'], ROOT);
  for (const n of sizes) {
    log(`Store, ${n} events:`);
    const dir = join(work, `store-${n}`);
    const sized = { ...data, events: data.events.slice(0, n) };
    const r: SizeResult = { ...(await benchStore({ dir, data: sized, log })), ui: null, peer: null };
    result.results.push(r);
    if (n > IMPORT_THREAD_MAX_EVENTS) r.importThreadSkipped = `timed at ${IMPORT_THREAD_MAX_EVENTS.toLocaleString('en-US')} events or fewer`;
    else {
      log(`  Import… of one file of ${n} events, on this thread then on a worker…`);
      r.importThread = await benchImportThread(`${dir}-import-thread`, sized);
    }
    if (typeof ui !== 'string') {
      r.uiSkipped = ui.missing;
      r.peerSkipped = ui.missing;
    } else {
      try {
        browser ??= await launchChromium();
        machine.chromium = browser.version();
        await measureUi(browser, r, dir, ui, peer, data.events.slice(0, n));
      } catch (error) {
        r.uiSkipped = r.peerSkipped = `Chromium could not run: ${(error as Error).message.split('\n')[0]}`;
      }
    }
    // The UI run has read the store; it is not needed again, and 100k events take hundreds of MB.
    if (!args.keep) rmSync(dir, { recursive: true, force: true });
    save();
    log(renderTable(result));
  }
} finally {
  await browser?.close();
  save();
  if (!args.keep) rmSync(work, { recursive: true, force: true });
  else log(`Stores kept in ${work}`);
}

process.stdout.write(`${renderTable(result)}\n\nMachine: ${describeMachineLine(result)}\n`);

async function measureUi(browser: Browser, r: SizeResult, dataDir: string, rendererDir: string, peer: ReturnType<typeof findPeer>, events: GeneratedEvent[]) {
  log(`UI, ${r.events} events:`);
  try {
    r.ui = await benchUi(browser, { dataDir, rendererDir, log });
  } catch (error) {
    r.uiSkipped = `the UI run failed: ${(error as Error).message.split('\n')[0]}`;
  }
  if (r.events > PEER_MAX_EVENTS) r.peerSkipped = `the peer runs at ${PEER_MAX_EVENTS} events or fewer`;
  else if ('missing' in peer) r.peerSkipped = peer.missing;
  else {
    log(`Peer vis-timeline ${peer.version}, ${r.events} events:`);
    try {
      const p = await benchPeer(browser, peer, events);
      r.peer = { ...p, firstPaintRatio: r.ui ? round(p.firstPaintMs / r.ui.firstRowsMs, 1) : null };
    } catch (error) {
      r.peerSkipped = `the peer run failed: ${(error as Error).message.split('\n')[0]}`;
    }
  }
}

/** Builds the current renderer into the work folder, so the figures are for the code as it is now. */
async function prepareRenderer(given: string | undefined, workDir: string): Promise<string | { missing: string }> {
  if (given) return rendererReady(given) ? resolve(given) : { missing: `--renderer-dir ${given} has no index.html` };
  const outDir = join(workDir, 'renderer');
  log('Building the renderer…');
  try {
    const { build } = await import('vite');
    await build({ configFile: join(ROOT, 'vite.renderer.config.mts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } catch (error) {
    return { missing: `the renderer did not build (npm run build:renderer): ${(error as Error).message.split('\n')[0]}` };
  }
  return rendererReady(outDir) ? outDir : { missing: 'the renderer build produced no index.html' };
}
