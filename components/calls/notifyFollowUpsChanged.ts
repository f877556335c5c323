// Tells the background that a follow-up date changed so the toolbar badge refreshes now rather than
// at the next alarm. Best effort: outside the extension (or with no listener) it does nothing.
export async function notifyFollowUpsChanged(): Promise<void> {
  try {
    // Imported lazily: the polyfill it uses throws when loaded outside an extension page.
    const { sendToBackground } = await import('../../lib/fill/portalClient');
    await sendToBackground({ type: 'follow-ups-changed' });
  } catch {
    // The badge catches up at the next alarm.
  }
}
