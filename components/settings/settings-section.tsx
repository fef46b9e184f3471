import type { ReactNode } from "react";

/**
 * One section of the settings page: a heading (its `id` names the controls inside, e.g. a radio
 * group), an optional line of explanation, the controls.
 */
export function SettingsSection({
  id,
  heading,
  description,
  children,
}: {
  id: string;
  heading: string;
  description?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="border-b border-gray-200 py-6 last:border-0">
      <h2 id={id} className="text-base font-semibold text-gray-900">
        {heading}
      </h2>
      {description && <p className="mt-1 text-sm text-gray-600">{description}</p>}
      <div className="mt-4">{children}</div>
    </section>
  );
}
