import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LoadExampleButton } from '../../../../components/cases/LoadExampleButton';
import { exportCase } from '../../../../lib/store/backup';
import type { ScaDatabase } from '../../../../lib/store/db';
import { completeBundle } from '../../../fixtures/cases/complete';
import { freshDb, renderScreen } from '../app/workspace';

const dbs: ScaDatabase[] = [];
afterEach(() => {
  cleanup();
  for (const d of dbs.splice(0)) d.close();
});

/** The example file as the store exports it, served for the extension URL the button asks for. */
async function serveExample() {
  const source = freshDb();
  dbs.push(source);
  const { case: kase } = completeBundle();
  await source.cases.put(kase);
  const json = await exportCase(source, kase.id);
  const fetchMock = vi.fn(async (_url: string) => new Response(json, { status: 200 }));
  vi.stubGlobal('fetch', fetchMock);
  return { kase, fetchMock };
}

describe('Load example case', () => {
  it('imports the packaged example and opens it; a second click only opens it', async () => {
    const { kase, fetchMock } = await serveExample();
    const db = freshDb();
    dbs.push(db);
    const { calls } = renderScreen(db, <LoadExampleButton />);
    fireEvent.click(screen.getByRole('button', { name: 'Load example case' }));
    await waitFor(() => expect(calls.openCase).toEqual([[kase.id, undefined]]));
    expect(fetchMock.mock.calls[0]![0]).toMatch(/^chrome-extension:\/\/[^/]+\/example-case\.json$/);
    expect((await db.cases.get(kase.id))?.title).toBe(kase.title);
    fireEvent.click(await screen.findByRole('button', { name: 'Load example case' }));
    await waitFor(() => expect(calls.openCase).toHaveLength(2));
    expect(await db.cases.count()).toBe(1);
  });
});
