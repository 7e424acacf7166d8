import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/core/page/content-security-policy';
import { APP_PAGE_URL, APP_SCHEME_PRIVILEGES, isAppPage, respondToAppRequest } from '../../electron/desktop/app-protocol';
import { useTempDirs } from '../support/temp-workspace';

describe('the app:// protocol of the desktop window', () => {
  const tempDir = useTempDirs();

  /** A built renderer in a folder of its own, with a secret file beside it that must stay out of reach. */
  async function rendererBesideSecret(): Promise<string> {
    const parent = await tempDir();
    const root = join(parent, 'renderer');
    await mkdir(join(root, 'assets'), { recursive: true });
    await writeFile(join(root, 'index.html'), '<!doctype html><title>Notulist</title>');
    await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(join(parent, 'secret.txt'), 'not for the page');
    return root;
  }

  it('serves the built renderer with the one Content-Security-Policy', async () => {
    const root = await rendererBesideSecret();
    const page = await respondToAppRequest(root, APP_PAGE_URL);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('<title>Notulist</title>');
    const script = await respondToAppRequest(root, 'app://notulist/assets/app.js?v=1');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await respondToAppRequest(root, 'app://notulist/')).status).toBe(200);
  });

  it.each([
    'app://notulist/../secret.txt',
    'app://notulist/assets/../../secret.txt',
    'app://notulist/%2e%2e/secret.txt',
    'app://notulist/..%2fsecret.txt',
    'app://notulist/assets%2f..%2f..%2fsecret.txt',
    'app://notulist/..%5csecret.txt',
    'app://notulist/%252e%252e/secret.txt',
    'app://notulist/index.html%00.js',
    'app://notulist/missing.js',
    'app://notulist/assets',
  ])('refuses %s: nothing outside the renderer, nothing that is not a file', async (url) => {
    const root = await rendererBesideSecret();
    const answer = await respondToAppRequest(root, url);
    expect(answer.status).toBe(404);
    expect(await answer.text()).not.toContain('not for the page');
  });

  it('serves only its own host and scheme, and only reads', async () => {
    const root = await rendererBesideSecret();
    expect((await respondToAppRequest(root, 'app://evil/index.html')).status).toBe(404);
    expect((await respondToAppRequest(root, 'file:///index.html')).status).toBe(404);
    expect((await respondToAppRequest(root, 'not a url')).status).toBe(404);
    expect((await respondToAppRequest(root, APP_PAGE_URL, 'POST')).status).toBe(405);
  });

  it('registers the scheme as standard and secure, without bypassing the CSP', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    });
    expect(APP_SCHEME_PRIVILEGES.privileges).not.toHaveProperty('bypassCSP');
  });

  it('knows the app page from any other frame, for IPC and navigation', () => {
    expect(isAppPage('app://notulist/index.html')).toBe(true);
    expect(isAppPage('app://notulist/index.html#meeting=m1&tab=live')).toBe(true);
    expect(isAppPage('app://notulist/')).toBe(true);
    expect(isAppPage('app://notulist/assets/evil.html')).toBe(false);
    expect(isAppPage('app://notulist.evil.example/index.html')).toBe(false);
    expect(isAppPage('file:///app/dist/renderer/index.html')).toBe(false);
    expect(isAppPage('https://notulist/index.html')).toBe(false);
    expect(isAppPage('')).toBe(false);
  });
});
