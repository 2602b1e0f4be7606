import { z } from 'zod';
import { accessLevels } from '../access';
import { emailSchema, newPasswordSchema } from '../common-schemas';
import { defineChannel } from '../define';
import { officeInputSchema, officeSchema } from './office';
import { actorSchema, noInput } from './system';
import { displayNameSchema, userSettingsSchema, usernameSchema } from './users';

/**
 * setup_required: no Kanzlei yet, only the first-start wizard works;
 * logged_out: nobody logged in; locked: idle lock, auth.unlock with the password resumes the same user.
 */
export const sessionStatuses = ['setup_required', 'logged_out', 'locked', 'active'] as const;

export const sessionSchema = z.object({
  status: z.enum(sessionStatuses),
  /** Set while active or locked (the lock screen names whose session it is). */
  user: actorSchema.nullable(),
  /** The highest right of the user's role, so the UI can hide what the core would refuse. */
  access: z.enum(accessLevels).nullable(),
  settings: userSettingsSchema.nullable(),
});
export type SessionInfo = z.infer<typeof sessionSchema>;

const passwordInput = z
  .string()
  .min(1, 'Bitte geben Sie Ihr Passwort ein.')
  .max(200, 'Das Passwort darf höchstens 200 Zeichen lang sein.');

export const authContracts = {
  setupStatus: defineChannel({
    channel: 'auth:setup-status',
    input: noInput,
    output: z.object({ setupRequired: z.boolean() }),
    access: 'public',
  }),
  /** First start: creates the Kanzlei and makes the initial account the real administrator. Only once. */
  setup: defineChannel({
    channel: 'auth:setup',
    input: z
      .object({
        office: officeInputSchema,
        admin: z
          .object({
            username: usernameSchema,
            displayName: displayNameSchema,
            email: emailSchema.optional(),
            password: newPasswordSchema,
          })
          .strict(),
      })
      .strict(),
    output: z.object({ office: officeSchema, user: actorSchema }),
    access: 'public',
  }),
  login: defineChannel({
    channel: 'auth:login',
    input: z
      .object({
        username: z.string().trim().min(1, 'Bitte geben Sie Ihren Benutzernamen an.').max(200),
        password: passwordInput,
      })
      .strict(),
    output: sessionSchema,
    access: 'public',
  }),
  logout: defineChannel({
    channel: 'auth:logout',
    input: noInput,
    output: z.object({ loggedOut: z.boolean() }),
    access: 'public',
  }),
  /** Never refreshes the idle timer, so the UI may poll it. */
  session: defineChannel({
    channel: 'auth:session',
    input: noInput,
    output: sessionSchema,
    access: 'public',
  }),
  /** Locks the session at once (the user leaves the desk). */
  lock: defineChannel({
    channel: 'auth:lock',
    input: noInput,
    output: sessionSchema,
    access: 'public',
  }),
  unlock: defineChannel({
    channel: 'auth:unlock',
    input: z.object({ password: passwordInput }).strict(),
    output: sessionSchema,
    access: 'public',
  }),
  changePassword: defineChannel({
    channel: 'auth:change-password',
    input: z
      .object({
        currentPassword: passwordInput,
        newPassword: newPasswordSchema,
      })
      .strict(),
    output: z.object({ changed: z.literal(true) }),
  }),
};
