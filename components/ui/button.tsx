import type { ComponentProps } from "react";

type ButtonProps = ComponentProps<"button"> & { variant?: "primary" | "secondary" | "link" };

const variants = {
  primary: "bg-[#00703c] text-white shadow-[0_2px_0_#002d18] hover:bg-[#005a30]",
  secondary: "bg-[#f3f2f1] text-[#0b0c0c] shadow-[0_2px_0_#929191] hover:bg-[#dbdad9]",
  link: "text-[#1d70b8] underline underline-offset-2 hover:text-[#003078] px-0 py-0",
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
