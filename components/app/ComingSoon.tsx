import type { ScreenDef } from './screenTypes';

export function ComingSoon({ screen }: { screen: ScreenDef }) {
  return (
    <div class="coming-soon" role="note">
      <h2>{screen.label}: coming soon</h2>
      <p>{screen.purpose}</p>
    </div>
  );
}
