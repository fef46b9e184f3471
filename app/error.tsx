"use client";

// The mail layout itself failed (the mailboxes could not be listed): the same retrying notice.
export { default } from "./mail/error";
