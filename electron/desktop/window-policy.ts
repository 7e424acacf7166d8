/**
 * The desktop window's security settings as plain data, so they can be checked without Electron
 * (test/desktop). electron/desktop/main.ts passes them to BrowserWindow and the session unchanged.
 */
export function secureWebPreferences(preload: string) {
  return {
    preload,
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
  } as const;
}

/**
 * Permission requests (camera, notifications, geolocation, …) and the synchronous permission
 * checks the page can make (navigator.permissions, clipboard reads) are all refused: the app
 * needs none, and a check handler is what answers the checks the request handler never sees.
 */
export function allowsPermission(_permission: string): boolean {
  return false;
}
