// Debian's chromium is used instead of puppeteer's own download, which this network cannot reach.
module.exports = { skipDownload: true };
