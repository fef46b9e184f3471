"use client";

// An error while rendering the open message keeps the mailbox list beside it.
export { default } from "../error";
