// Debian's Chromium and the one list of flags every launch uses (Playwright's tests, the page bench and its
// Lighthouse runs); Playwright's own browser download is not reachable here. CHROMIUM_PATH to use another.
// Without these flags Chromium spends its time on refused connections; --no-sandbox because it runs as root.

/** The Chromium executable. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Command-line flags for every Chromium this project launches. */
export const chromiumArgs = Object.freeze([
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
]);

/** Playwright's `launchOptions`: a fresh object (and args array) for each call. */
export function chromiumLaunchOptions() {
  return { executablePath: chromiumPath, args: [...chromiumArgs] };
}
