/**
 * Debian's Chromium as the page tests and the page-load benchmark drive it: headless, and with the
 * background networking off (this machine's network is closed; Chromium would keep trying).
 */
export const CHROMIUM = "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
