// Asks the browser not to evict the case database under storage pressure.

/** Requests persistent storage where the browser offers it; resolves to whether storage is persisted. */
export async function requestPersistentStorage(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<boolean> {
  if (!storage) return false;
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return true;
    if (typeof storage.persist !== 'function') return false;
    return await storage.persist();
  } catch {
    // Some browsers reject in private windows; storage then stays best-effort.
    return false;
  }
}
