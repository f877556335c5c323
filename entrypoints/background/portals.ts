// The portals the background knows: built-in ones plus those the user added (read from the
// extension's IndexedDB, cached until the user changes them).
import { BUILT_IN_PORTALS, type Portal } from '../../lib/portals/registry';

let userPortals: Portal[] = [];

export async function allPortals(): Promise<readonly Portal[]> {
  return [...BUILT_IN_PORTALS, ...userPortals];
}

export function setUserPortals(portals: Portal[]) {
  userPortals = portals;
}
