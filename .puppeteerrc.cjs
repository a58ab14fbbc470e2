// Puppeteer must never download its own browser: tests use Debian's firefox-esr and chromium.
module.exports = { skipDownload: true };
