export function App() {
  return (
    <main class="app">
      <h1>SCA Assistant</h1>
    </main>
  );
}
