// Types for scripts/chromium.mjs (the project type-checks TypeScript only).

/** The Chromium executable. */
export declare const chromiumPath: string;

/** Command-line flags for every Chromium this project launches. */
export declare const chromiumArgs: readonly string[];

/** Playwright's `launchOptions`: a fresh object (and args array) for each call. */
export declare function chromiumLaunchOptions(): { executablePath: string; args: string[] };
