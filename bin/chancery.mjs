#!/usr/bin/env node
// Plain JavaScript on purpose: it must run, and explain itself, on a Node too old to read TypeScript.
const [major, minor] = process.versions.node.split('.').map(Number);
const oldNode = major < 22 || (major === 22 && minor < 12);
if (oldNode || !process.features.typescript) {
  process.stderr.write(
    `error: chancery needs Node 22.18 or later (this is Node ${process.versions.node}); ` +
      'run it as `npx chancery …` or through an npm script, which use the Node 24 the project carries\n',
  );
  process.exit(1);
}
const { runFromProcess } = await import('../cli/main.ts');
process.exitCode = await runFromProcess();
