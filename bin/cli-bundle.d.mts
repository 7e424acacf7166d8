export function bundlePath(root: string): string;
export function isBundleFresh(root: string): boolean;
export function bundleCli(root: string): Promise<void>;
