// Builds the Chrome extension once before the e2e files run (reuses a build unless SCA_REBUILD=1).
import { ensureBuilt } from './browser.mjs';

export default function setup() {
  ensureBuilt();
}
