import { useId } from "react";
import {
  fieldInputClass,
  fieldLabelClass,
  fieldRowClass,
} from "@/components/compose/address-field";

export function SubjectField({
  label,
  value,
  disabled,
  onChange,
}: {
  label: string;
  value: string;
  disabled: boolean;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className={fieldRowClass}>
      <label htmlFor={id} className={fieldLabelClass}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        value={value}
        maxLength={2000}
        disabled={disabled}
        onChange={(event) => onChange(event.currentTarget.value)}
        className={fieldInputClass}
      />
    </div>
  );
}
