const STORAGE_KEY = 'acme-itsm:demo-user';

/**
 * Remembers the chosen demo user in localStorage, so a reload signs in as the
 * same user again; signing out forgets it and brings back the picker.
 */
export const demoUserStorage = {
  get(): string | undefined {
    try {
      return window.localStorage.getItem(STORAGE_KEY) ?? undefined;
    } catch {
      return undefined;
    }
  },
  set(name: string) {
    try {
      window.localStorage.setItem(STORAGE_KEY, name);
    } catch {
      // private mode etc.: the choice lasts until reload
    }
  },
  clear() {
    try {
      window.localStorage.removeItem(STORAGE_KEY);
    } catch {
      // nothing to forget
    }
  },
};
