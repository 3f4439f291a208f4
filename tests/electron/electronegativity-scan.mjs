// Runs Electronegativity's JS API on a source folder and writes its report to a JSON file:
//   node electronegativity-scan.mjs <source-dir> <report.json>
// A separate process because the library's locale download (which fails offline) leaves a retry
// timer that throws after the scan has finished; exiting as soon as the report is written stops it.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const [source, reportFile] = process.argv.slice(2);
if (!source || !reportFile) {
  console.error('usage: node electronegativity-scan.mjs <source-dir> <report.json>');
  process.exit(2);
}
const run = createRequire(import.meta.url)('@doyensec/electronegativity');
try {
  const report = await run(
    {
      input: source,
      isRelative: true,
      customScan: [],
      // Looks up Electron's release notes online; the Electron version is pinned in package.json instead.
      excludeFromScan: ['availablesecurityfixesglobalcheck'],
      parserPlugins: [],
      electronVersionOverride: createRequire(import.meta.url)('electron/package.json').version,
    },
    false,
  );
  writeFileSync(reportFile, JSON.stringify(report));
  process.exit(0);
} catch (err) {
  console.error(err);
  process.exit(1);
}
