/**
 * Who may call a channel. Levels are ordered: a role that may use a level may use every lower one.
 * - public: works without login (setup, login, session state, app info, renderer error reports)
 * - read:   any logged-in user
 * - write:  change office work (Mandanten, Aufträge, Fristen)
 * - manage: maintain the office's master data (Berater, Auftragsarten)
 * - admin:  users and the Kanzlei itself
 */
export const accessLevels = ['public', 'read', 'write', 'manage', 'admin'] as const;
export type Access = (typeof accessLevels)[number];

export const userRoles = ['admin', 'berater', 'mitarbeiter', 'readonly'] as const;
export type UserRole = (typeof userRoles)[number];

/** The highest level each role reaches; the UI can grey out what the core would refuse anyway. */
export const roleAccess: Readonly<Record<UserRole, Access>> = {
  admin: 'admin',
  berater: 'manage',
  mitarbeiter: 'write',
  readonly: 'read',
};

export const roleLabels: Readonly<Record<UserRole, string>> = {
  admin: 'Administrator',
  berater: 'Berater',
  mitarbeiter: 'Mitarbeiter',
  readonly: 'Nur-Lesen',
};

/** German names of the rights, used in "forbidden" messages. */
export const accessLabels: Readonly<Record<Access, string>> = {
  public: 'Öffentlich',
  read: 'Lesen',
  write: 'Bearbeiten',
  manage: 'Stammdaten verwalten',
  admin: 'Administration',
};

const rank = (access: Access): number => accessLevels.indexOf(access);

export const roleMayAccess = (role: UserRole, access: Access): boolean =>
  rank(access) <= rank(roleAccess[role]);
