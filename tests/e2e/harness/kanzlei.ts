/** The Kanzlei and administrator the browser tests set up (through the API, or the wizard in its own test). */
export const E2E_OFFICE = {
  name: 'Steuerkanzlei Sonnenschein & Partner',
  street: 'Königsallee 12',
  postalCode: '40212',
  city: 'Düsseldorf',
  land: 'NW',
} as const;

export const E2E_ADMIN = {
  username: 'mschulz',
  displayName: 'Maria Schulz',
  password: 'Sicheres-Passwort-2026',
} as const;

/** How far the fixture takes a fresh app before the test starts. */
export type StartState = 'fresh' | 'office' | 'logged-in';
