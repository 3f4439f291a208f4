/** electron-builder's configuration, checked offline against the schema electron-builder itself validates with. */
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './build-app.ts';

// The ajv and js-yaml app-builder-lib itself depends on, resolved from its own folder.
const fromBuilder = createRequire(path.join(ROOT, 'node_modules', 'app-builder-lib', 'package.json'));
const Ajv = fromBuilder('ajv').default as new (opts: object) => { compile(schema: object): ((data: unknown) => boolean) & { errors?: unknown[] | null } };
const yaml = fromBuilder('js-yaml') as { load(text: string): unknown };
const schema = JSON.parse(readFileSync(fromBuilder.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;

interface PlatformConfig {
  target: string[];
  icon: string;
}
interface BuilderConfig {
  appId: string;
  productName: string;
  files: string[];
  asarUnpack: string[];
  npmRebuild: boolean;
  electronFuses: Record<string, boolean>;
  linux: PlatformConfig;
  mac: PlatformConfig;
  win: PlatformConfig;
}
const config = yaml.load(readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { main: string; productName: string; dependencies: Record<string, string> };

// Compiling the schema takes seconds: once for the file.
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

describe('electron-builder.yml', () => {
  it('matches app-builder-lib’s configuration schema', () => {
    const valid = validate(config);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('is rejected by the same check when an option is misspelt', () => {
    expect(validate({ ...config, electronFuses: { ...config.electronFuses, runAsNodee: false } })).toBe(false);
  });

  it('names the app and builds Linux AppImage and deb, macOS dmg and Windows nsis', () => {
    expect(config.appId).toBe('org.chancery.app');
    expect(config.productName).toBe('Chancery');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.win.target).toEqual(['nsis']);
  });

  it('sets every security fuse', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packages the built app without rebuilding native modules, unpacking their .node files', () => {
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'package.json']));
    expect(config.npmRebuild).toBe(false);
    expect(config.asarUnpack).toContain('**/*.node');
    expect(pkg.main).toBe('out/main/main.js');
    expect(pkg.productName).toBe('Chancery');
    expect(pkg.dependencies['better-sqlite3']).toBeDefined();
    expect(pkg.dependencies.electron).toBeUndefined();
  });

  it('points at an icon that exists and is a 512×512 PNG', () => {
    for (const platform of ['linux', 'mac', 'win'] as const) {
      const file = path.join(ROOT, config[platform].icon);
      expect(existsSync(file), file).toBe(true);
      const png = readFileSync(file);
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
    }
  });
});
