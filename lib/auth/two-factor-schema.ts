import { z } from "@/lib/zod";
import { passwordRules } from "@/lib/auth/schema";

// Messages are translation keys under "errors.fields" (messages/*.json).
export const twoFactorPasswordSchema = z.object({
  password: z.string().min(1, "required").max(passwordRules.max, "tooLong"),
});

// A six-digit code from the app or a backup code ("abcde-12345"); spaces a
// user copies along ("123 456") are dropped.
export const twoFactorCodeSchema = z.object({
  code: z
    .string()
    .transform((value) => value.replace(/\s+/g, ""))
    .pipe(z.string().min(1, "required").max(32, "tooLong")),
});

export const totpCodePattern = /^\d{6}$/;

export type TwoFactorSetup = {
  // The otpauth:// URI as an SVG QR code (data URL), made on the server.
  qrDataUrl: string;
  // The same secret as text, in groups of four, for typing into the app.
  secret: string;
  backupCodes: string[];
};
