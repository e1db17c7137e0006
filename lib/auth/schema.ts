import { z } from "@/lib/zod";

// Messages are translation keys under "errors.fields" (messages/*.json).
export const passwordRules = { min: 10, max: 128 } as const;

export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "required")
  .pipe(z.email("email"))
  .pipe(z.string().max(254, "tooLong"));

export const signUpSchema = z.object({
  name: z.string().trim().min(1, "required").max(100, "tooLong"),
  email: emailField,
  password: z.string().min(passwordRules.min, "passwordTooShort").max(passwordRules.max, "tooLong"),
});

export const signInSchema = z.object({
  email: emailField,
  password: z.string().min(1, "required").max(passwordRules.max, "tooLong"),
});

export const forgotPasswordSchema = z.object({ email: emailField });

export const resetPasswordSchema = z.object({
  password: z.string().min(passwordRules.min, "passwordTooShort").max(passwordRules.max, "tooLong"),
});

export type SignUpInput = z.input<typeof signUpSchema>;
export type SignInInput = z.input<typeof signInSchema>;
export type ForgotPasswordInput = z.input<typeof forgotPasswordSchema>;
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;
