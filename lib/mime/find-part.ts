import type { BodyStructure } from "@/lib/mime/body-structure";

/** The node of a BODYSTRUCTURE at a body-part path such as "2" or "1.2" (RFC 3501 §6.4.5). */
export function findPart(structure: BodyStructure, part: string): BodyStructure | null {
  // A single-part message has no part number of its own; its body is part "1".
  if (!structure.childNodes?.length && !structure.part) return part === "1" ? structure : null;
  if (structure.part === part) return structure;
  for (const child of structure.childNodes ?? []) {
    const found = findPart(child, part);
    if (found) return found;
  }
  return null;
}
