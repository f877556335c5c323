// A component whose code is fetched on first use, so the side panel's first paint runs only what
// the Cases screen needs. `preload()` fetches it ahead of use (the shell does so once the list is up).
import type { ComponentType, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export interface LazyComponent<P> extends FunctionComponent<P> {
  /** Starts loading the code (once); resolves when the component can render at once. */
  preload(): Promise<void>;
}

export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>, what: string): LazyComponent<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<void> | undefined;
  const preload = () =>
    (pending ??= load().then(
      (component) => void (loaded = component),
      (err: unknown) => {
        // A failed fetch (e.g. the extension was updated underneath) may work on the next try.
        pending = undefined;
        throw err;
      },
    ));

  function Lazy(props: P) {
    const [, setReady] = useState(false);
    const [failed, setFailed] = useState(false);
    const Component = loaded;
    useEffect(() => {
      // The code may have landed between this render (which showed the loading note) and the
      // effect (which runs after paint): render again, or the note stays until something else does.
      if (loaded) {
        if (!Component) setReady(true);
        return;
      }
      let cancelled = false;
      preload().then(
        () => !cancelled && setReady(true),
        () => !cancelled && setFailed(true),
      );
      return () => {
        cancelled = true;
      };
    }, []);
    if (Component) return <Component {...props} />;
    if (failed) {
      return (
        <p role="alert" class="banner banner-error">
          The {what} could not be loaded. Close and reopen SCA Assistant; your data is unchanged.
        </p>
      );
    }
    return (
      <p class="field-hint" aria-busy="true">
        Loading the {what}…
      </p>
    );
  }
  Lazy.displayName = `Lazy(${what})`;
  return Object.assign(Lazy, { preload });
}
