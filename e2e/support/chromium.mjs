// How every test and the benchmark launch Debian's Chromium (browsers cannot be downloaded
// here): one definition, so a measurement runs the browser the specs run.
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    // containers often have a 64 MB /dev/shm, too small for Chromium's renderers
    "--disable-dev-shm-usage",
  ],
};
