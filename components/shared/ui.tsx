/** Class names and small layout pieces shared by the results and planner pages (the short names are defined in app/globals.css). */

export const primaryButton = "btn-primary";
export const secondaryButton = "btn-secondary";
export const smallButton = "btn-small";
export const textLink = "font-medium link";
export const muted = "muted";
export const card = "card";
/** Header cell padding; add alignment and weight per use (they would conflict if set here). */
export const th = "px-3 py-2";
export const td = "px-3 py-2";

export function Section({
  id,
  title,
  intro,
  children,
  className = "",
}: {
  id: string;
  title: string;
  intro?: React.ReactNode;
  children: React.ReactNode;
  className?: string;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} id={id} className={`mt-12 scroll-mt-4 ${className}`}>
      <h2 id={`${id}-heading`} className="text-2xl font-bold tracking-tight">
        {title}
      </h2>
      {intro ? <p className={`mt-2 max-w-3xl ${muted}`}>{intro}</p> : null}
      <div className="mt-5">{children}</div>
    </section>
  );
}

/** Small uppercase label above a list. */
export function Eyebrow({ children }: { children: React.ReactNode }) {
  return <p className="eyebrow">{children}</p>;
}

export function Chips({ label, items }: { label: string; items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <div className="mt-3">
      <Eyebrow>{label}</Eyebrow>
      {/* Chip styles sit on the list once rather than on every item. */}
      <ul className="mt-1 chip-list">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}
