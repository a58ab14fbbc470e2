export declare const chromiumPath: () => string | undefined;
export declare const firefoxPath: () => string | undefined;
export declare const hasHeadlessShell: () => boolean;
export declare const CHROMIUM_ARGS: string[];
export declare function browserVersion(executable: string | undefined): string;
