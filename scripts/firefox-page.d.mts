export declare function isUnknownOrientationCommand(error: unknown): boolean;
export declare function tolerateMissingOrientationEmulation<
  P extends { setViewport(viewport: never): Promise<void>; mainFrame(): unknown },
>(page: P): P;
export declare function createFirefoxPage(args: { context: { newPage(): Promise<unknown> } }): Promise<unknown>;
