import 'fake-indexeddb/auto';
import { configure } from '@testing-library/preact';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
});

// findBy* and waitFor wait for real work (IndexedDB, PBKDF2, lazy modules): the default 1 s is
// shorter than that work on a busy 2-core machine. A test still fails when the UI never gets there.
configure({ asyncUtilTimeout: 20_000 });
