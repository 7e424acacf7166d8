// The Electron shell: one locked-down window on the same Node core the CLI and browser host use.
// Only this file and preload.ts import `electron`; everything else runs under plain Node.
import { app, BrowserWindow, ipcMain, session, shell } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sanitizeHref } from '../shared/model/rich-text';
import { createNotulistCore } from './core/notulist-core';
import { registerIpcHandlers } from './ipc/ipc-main-bridge';

// Bundled to dist/electron/main.cjs, so __dirname is dist/electron.
const RENDERER_INDEX = join(__dirname, '..', 'renderer', 'index.html');
const RENDERER_URL = pathToFileURL(RENDERER_INDEX).href;

let mainWindow: BrowserWindow | null = null;

function isOwnPage(url: string): boolean {
  return url === RENDERER_URL || url.startsWith(`${RENDERER_URL}#`) || url.startsWith(`${RENDERER_URL}?`);
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 800,
    minHeight: 600,
    title: 'Notulist',
    show: false,
    webPreferences: {
      preload: join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  // Nothing may replace the app's page; links open in the user's browser instead.
  window.webContents.on('will-navigate', (event, url) => {
    if (!isOwnPage(url)) event.preventDefault();
  });
  window.webContents.setWindowOpenHandler(({ url }) => {
    const safe = sanitizeHref(url);
    if (safe) void shell.openExternal(safe);
    return { action: 'deny' };
  });
  void window.loadFile(RENDERER_INDEX);
  return window;
}

async function start(): Promise<void> {
  await app.whenReady();
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  const workspaceDir = process.env.NOTULIST_HOME || app.getPath('userData');
  const core = await createNotulistCore({
    workspaceDir,
    appVersion: app.getVersion(),
    shell: { openPath: (path) => shell.openPath(path), showItemInFolder: (path) => shell.showItemInFolder(path) },
  });
  registerIpcHandlers(ipcMain, core, isOwnPage);
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
