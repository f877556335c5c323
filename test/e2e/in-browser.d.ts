// Code passed to page.evaluate / worker.evaluate runs inside Chromium, where the extension APIs
// live on `chrome`; the tests only read plain results back, so a loose declaration is enough.
declare const chrome: any;
