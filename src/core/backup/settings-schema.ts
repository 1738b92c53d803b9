import * as z from 'zod';
import { MAX_LINE, STYLE_NAME } from '../model/limits';

/**
 * Settings as a backup carries them. The keys this version knows are typed; keys added by
 * later versions (or by other parts of the extension before this schema learns them) are
 * kept when they hold a plain value, so a restore gives back every setting. Key names are
 * restricted because they become keys of the settings store and of plain objects: a key
 * such as `constructor` would otherwise shadow a prototype member.
 */

const LINE = MAX_LINE;
const KEY = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

export const knownSettings = {
  clippedBy: z.string().max(200),
  titleTemplate: z.string().max(LINE),
  /** The house style new issues are written in. */
  style: z.string().regex(STYLE_NAME),
  afterwordHeading: z.string().max(LINE),
  lastCategoryId: z.string().max(200),
  currentDigestId: z.string().max(200),
  /** Days without a backup before the workspace reminds; 0 turns the reminder off. */
  backupReminderDays: z.number().int().min(0).max(3650),
  /** When the last backup was exported from this browser; '' for never. */
  lastBackupAt: z.union([z.literal(''), z.iso.datetime({ offset: true })]),
};

const plainValue = z.union([z.string().max(LINE), z.number(), z.boolean(), z.null()]);

export const settingsSchema = z
  .object(knownSettings)
  .partial()
  .catchall(plainValue)
  .superRefine((settings, ctx) => {
    for (const key of Object.keys(settings)) {
      if (!KEY.test(key) || key in Object.prototype) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: 'not a setting name (letters, digits and _ only, not a reserved name)',
        });
      }
    }
  });

export type BackupSettings = z.infer<typeof settingsSchema>;
