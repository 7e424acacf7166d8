// The Electron shell: one locked-down window on the same Node core the CLI and browser host use.
// Only this file and preload.ts import `electron`; everything else runs under plain Node.
// The security checklist, item by item, with the line that enforces each: docs/security.md.
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { sanitizeHref } from '../../shared/model/rich-text';
import { createNotulistCore } from '../core/notulist-core';
import { resolveWorkspaceDir } from '../core/workspace/workspace-path';
import { registerIpcHandlers } from './ipc-main-bridge';
import { APP_PAGE_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, isAppPage, respondToAppRequest } from './app-protocol';
import { allowsPermission, secureWebPreferences } from './window-policy';

// Bundled to dist/electron/main.cjs, so __dirname is dist/electron.
const RENDERER_DIR = join(__dirname, '..', 'renderer');

let mainWindow: BrowserWindow | null = null;

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 800,
    minHeight: 600,
    title: 'Notulist',
    show: false,
    webPreferences: secureWebPreferences(join(__dirname, 'preload.cjs')),
  });
  window.once('ready-to-show', () => window.show());
  // Nothing may replace the app's page; links open in the user's browser instead.
  window.webContents.on('will-navigate', (event, url) => {
    if (!isAppPage(url)) event.preventDefault();
  });
  window.webContents.setWindowOpenHandler(({ url }) => {
    const safe = sanitizeHref(url);
    if (safe) void shell.openExternal(safe);
    return { action: 'deny' };
  });
  void window.loadURL(APP_PAGE_URL);
  return window;
}

async function start(): Promise<void> {
  await app.whenReady();
  protocol.handle(APP_SCHEME, (request) => respondToAppRequest(RENDERER_DIR, request.url, request.method));
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => callback(allowsPermission(permission)));
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => allowsPermission(permission));
  // The same folder the browser host and the CLI use (what app.getPath('userData') would give).
  const workspaceDir = resolveWorkspaceDir(process.env, process.platform, homedir());
  const core = await createNotulistCore({
    workspaceDir,
    appVersion: app.getVersion(),
    shell: {
      openPath: (path) => shell.openPath(path),
      showItemInFolder: (path) => shell.showItemInFolder(path),
      chooseFolder: async () => {
        const options: Electron.OpenDialogOptions = { properties: ['openDirectory', 'createDirectory'] };
        const chosen = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
        return chosen.canceled ? undefined : chosen.filePaths[0];
      },
    },
  });
  registerIpcHandlers(ipcMain, core, isAppPage);
  mainWindow = createWindow();

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // Let the core finish its last index write before the process goes.
  let closed = false;
  app.on('before-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    void core.close().finally(() => {
      closed = true;
      app.quit();
    });
  });
}

// Both must come before the app is ready: the scheme's privileges, and the sandbox for every renderer.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  // A second start brings the running window forward instead of opening the workspace twice.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  start().catch((error: unknown) => {
    console.error('Notulist failed to start:', error);
    app.exit(1);
  });
}
