import type { ComponentProps } from "react";

type ButtonProps = ComponentProps<"button"> & { variant?: "primary" | "secondary" | "link" };

const variants = {
  primary: "bg-success text-inverse shadow-[0_2px_0_var(--color-success-shadow)] hover:bg-success-dark",
  secondary: "bg-surface text-ink shadow-[0_2px_0_var(--color-surface-shadow)] hover:bg-surface-dark",
  link: "text-brand underline underline-offset-2 hover:text-brand-dark px-0 py-0",
} as const;

export function Button({ variant = "primary", className = "", type = "button", ...props }: ButtonProps) {
  const base = variant === "link" ? "" : "px-4 py-2 text-base font-semibold";
  return (
    <button
      type={type}
      className={`${base} ${variants[variant]} cursor-pointer disabled:cursor-wait disabled:opacity-60 ${className}`}
      {...props}
    />
  );
}
