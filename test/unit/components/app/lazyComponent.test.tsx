import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { render as preactRender } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { lazyComponent } from '../../../../components/app/lazyComponent';

afterEach(cleanup);

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

describe('lazyComponent', () => {
  it('shows a loading note until the code is here, then the component with its props', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const LazyGreeting = lazyComponent(() => gate.then(() => Greeting), 'greeting');
    render(<LazyGreeting name="Rivera" />);
    expect(screen.getByText('Loading the greeting…')).toBeTruthy();
    release();
    expect(await screen.findByText('Hello Rivera')).toBeTruthy();
    expect(screen.queryByText('Loading the greeting…')).toBeNull();
  });

  it('renders at once after preload, and loads the code only once', async () => {
    let loads = 0;
    const LazyGreeting = lazyComponent(async () => {
      loads++;
      return Greeting;
    }, 'greeting');
    await LazyGreeting.preload();
    render(<LazyGreeting name="Chen" />);
    expect(screen.getByText('Hello Chen')).toBeTruthy();
    await LazyGreeting.preload();
    expect(loads).toBe(1);
  });

  it('says so when the code cannot be loaded, and tries again on the next use', async () => {
    let fail = true;
    const LazyGreeting = lazyComponent(async () => {
      if (fail) throw new Error('chunk missing');
      return Greeting;
    }, 'greeting');
    const first = render(<LazyGreeting name="Okafor" />);
    expect((await screen.findByRole('alert')).textContent).toContain('The greeting could not be loaded');
    first.unmount();
    fail = false;
    render(<LazyGreeting name="Okafor" />);
    expect(await screen.findByText('Hello Okafor')).toBeTruthy();
  });

  it('renders the component when its code arrives between the first render and the effect', async () => {
    // The panel preloads screens once the list is up; a screen opened while that load is in flight
    // renders the loading note, then the load lands before the effect runs (effects wait for paint).
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const LazyGreeting = lazyComponent(() => gate.then(() => Greeting), 'greeting');
    void LazyGreeting.preload();
    const root = document.createElement('div');
    document.body.append(root);
    preactRender(<LazyGreeting name="Nguyen" />, root); // outside act(): the effect is deferred
    expect(root.textContent).toBe('Loading the greeting…');
    release();
    await gate;
    await Promise.resolve();
    await waitFor(() => expect(root.textContent).toBe('Hello Nguyen'));
    preactRender(null, root);
    root.remove();
  });
});
