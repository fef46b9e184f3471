import { useEffect, useRef, useState } from "react";
import { placeMenu } from "@/components/ui/menu-popover";

/**
 * A popover menu opened by its button (`popoverTarget`): placed beside the button as it opens,
 * its first item focused, and whether it is open (for `aria-expanded`). `shown` says whether the
 * menu is rendered at all, so the listeners attach once it is.
 */
export function usePopoverMenu(widthPx: number, shown: boolean) {
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const menu = menuRef.current;
    if (!menu || !shown) return;
    const beforeToggle = (event: ToggleEvent) => {
      if (event.newState === "open" && buttonRef.current)
        placeMenu(menu, buttonRef.current, widthPx);
    };
    const toggled = (event: ToggleEvent) => {
      setOpen(event.newState === "open");
      if (event.newState === "open") menu.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    };
    menu.addEventListener("beforetoggle", beforeToggle);
    menu.addEventListener("toggle", toggled);
    return () => {
      menu.removeEventListener("beforetoggle", beforeToggle);
      menu.removeEventListener("toggle", toggled);
    };
  }, [widthPx, shown]);

  return { buttonRef, menuRef, open };
}
