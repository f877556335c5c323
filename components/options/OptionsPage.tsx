export function OptionsPage() {
  return (
    <main class="page">
      <h1>SCA Assistant settings</h1>
      <p>Everything you enter stays in this browser. Nothing is sent anywhere.</p>
    </main>
  );
}
