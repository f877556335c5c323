// The outcome of adding or removing a portal. The Fill screen holds it, because either action
// switches the screen between "not a portal" and "Fill on ..." and the message must outlive that.
export interface PortalNotice {
  error: boolean;
  text: string;
}

export function PortalNoticeLine({ notice }: { notice: PortalNotice | undefined }) {
  if (!notice) return null;
  return (
    <p role={notice.error ? 'alert' : 'status'} class={notice.error ? 'error' : 'muted'}>
      {notice.text}
    </p>
  );
}
