// Which names Tegami lets a user give a new mailbox (create, rename, move), beyond what any
// mailbox name must be (lib/mail/mailbox-name.ts). Client-safe, shared by the contract.
import { z } from "zod";
import { mailboxPathProblem, type MailboxPathProblem } from "@/lib/mail/mailbox-path-problem";

const englishProblems: Record<MailboxPathProblem, string> = {
  empty: "This is not a mailbox name.",
  invalid: "This is not a mailbox name.",
  wildcard: "A mailbox name cannot contain % or *.",
  emptyLevel: "A mailbox name cannot have an empty part.",
  padded: "A mailbox name cannot start or end with a space.",
  tooLong: "This name is too long.",
  inbox: "INBOX exists already.",
};

/** mailboxPathProblem (lib/mail/mailbox-path-problem.ts) in English, for the API's answers. */
export function newMailboxPathProblem(path: string, delimiter = "/"): string | null {
  const problem = mailboxPathProblem(path, delimiter);
  return problem ? englishProblems[problem] : null;
}

/** The `path` field of the create contract. */
export const newMailboxPathSchema = z.string().superRefine((path, context) => {
  const problem = newMailboxPathProblem(path);
  if (problem) context.addIssue({ code: "custom", message: problem });
});

/** One level (the new name in a rename); the server's own delimiter is checked on the server. */
export const mailboxLevelSchema = z.string().superRefine((name, context) => {
  const problem = name.includes("/") ? "A name cannot contain /." : newMailboxPathProblem(name, "");
  if (problem) context.addIssue({ code: "custom", message: problem });
});
