import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/core/page/content-security-policy';
import { allowsPermission, secureWebPreferences } from '../../electron/desktop/window-policy';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** The directives of a policy, by name. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

/** The `key: value` lines of one top-level block of electron-builder.yml (flat, as the fuses are). */
function yamlBlock(text: string, key: string): Record<string, string> {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line === `${key}:`);
  if (start < 0) return {};
  const block: Record<string, string> = {};
  for (const line of lines.slice(start + 1)) {
    const match = /^ {2}(\w+):\s*(\S+)\s*(#.*)?$/.exec(line);
    if (!match) break;
    block[match[1]!] = match[2]!;
  }
  return block;
}

describe('the desktop window is locked down', () => {
  it('runs the page isolated and sandboxed, without Node, webviews or insecure content', () => {
    expect(secureWebPreferences('/app/preload.cjs')).toEqual({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
    });
    expect(secureWebPreferences('/p')).not.toHaveProperty('enableBlinkFeatures');
  });

  it('refuses every permission, whether requested or only checked', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fileSystem', 'hid', 'serial', 'usb']) {
      expect(allowsPermission(permission)).toBe(false);
    }
  });

  it('passes those settings, both permission handlers, the navigation and window guards to Electron in main.ts', () => {
    const main = readFileSync(join(ROOT, 'electron', 'desktop', 'main.ts'), 'utf8');
    expect(main).toContain('webPreferences: secureWebPreferences(');
    expect(main).toContain('setPermissionRequestHandler((_contents, permission, callback) => callback(allowsPermission(permission)))');
    expect(main).toContain('setPermissionCheckHandler((_contents, permission) => allowsPermission(permission))');
    expect(main).toContain('protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])');
    expect(main).toContain('loadURL(APP_PAGE_URL)');
    expect(main).toContain('app.enableSandbox()');
    expect(main).toContain("contents.on('will-attach-webview', (event) => event.preventDefault())");
    expect(main).toContain("return { action: 'deny' }");
    expect(main).toContain('if (!isAppPage(url)) event.preventDefault()');
    expect(main).toContain('registerIpcHandlers(ipcMain, core, isAppPage)');
    expect(main).not.toMatch(/loadFile\(|file:\/\//);
  });
});

describe('the Content-Security-Policy means what it says', () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it('allows nothing by default and lists each kind of resource it does allow', () => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
  });

  it('has no inline or eval escape hatch and no wildcard anywhere', () => {
    const sources = [...policy.values()].flat();
    for (const loophole of ["'unsafe-eval'", "'unsafe-inline'", "'wasm-unsafe-eval'", "'unsafe-hashes'", '*', 'blob:', 'http:', 'https:', 'file:']) {
      expect(sources).not.toContain(loophole);
    }
  });

  it('is the only policy: the page declares none of its own to drift from it', () => {
    const html = readFileSync(join(ROOT, 'renderer', 'index.html'), 'utf8');
    expect(html).not.toMatch(/http-equiv\s*=\s*["']?Content-Security-Policy/i);
    // Both ways the renderer is served send the same constant.
    expect(readFileSync(join(ROOT, 'electron', 'host', 'responses.ts'), 'utf8')).toContain("'Content-Security-Policy': CONTENT_SECURITY_POLICY");
    expect(readFileSync(join(ROOT, 'electron', 'desktop', 'app-protocol.ts'), 'utf8')).toContain("'Content-Security-Policy': CONTENT_SECURITY_POLICY");
  });
});

describe('the packaged app has its Electron fuses set (electron-builder.yml)', () => {
  const config = readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8');
  const fuses = yamlBlock(config, 'electronFuses');

  it('turns off running as Node, NODE_OPTIONS, the inspector flags and file:// privileges', () => {
    expect(fuses.runAsNode).toBe('false');
    expect(fuses.enableNodeOptionsEnvironmentVariable).toBe('false');
    expect(fuses.enableNodeCliInspectArguments).toBe('false');
    expect(fuses.grantFileProtocolExtraPrivileges).toBe('false');
  });

  it('turns on cookie encryption, ASAR integrity and loading the app only from the ASAR', () => {
    expect(fuses.enableCookieEncryption).toBe('true');
    expect(fuses.enableEmbeddedAsarIntegrityValidation).toBe('true');
    expect(fuses.onlyLoadAppFromAsar).toBe('true');
    expect(config).toMatch(/^asar: true$/m);
  });
});
