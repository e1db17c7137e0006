import { z } from "@/lib/zod";
import { emailField, passwordRules } from "@/lib/auth/schema";

// Messages are translation keys under "errors.fields" (messages/*.json).
export const accountNameSchema = z.object({ name: z.string().trim().min(1, "required").max(100, "tooLong") });

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, "required").max(passwordRules.max, "tooLong"),
  newPassword: z.string().min(passwordRules.min, "passwordTooShort").max(passwordRules.max, "tooLong"),
});

export const deleteAccountSchema = z.object({
  password: z.string().min(1, "required").max(passwordRules.max, "tooLong"),
});

// A new address, confirmed by the current password (the change itself waits
// for the link mailed to the new address).
export const changeEmailSchema = z.object({
  newEmail: emailField,
  password: z.string().min(1, "required").max(passwordRules.max, "tooLong"),
});

export const sessionIdSchema = z.string().min(1).max(100);
