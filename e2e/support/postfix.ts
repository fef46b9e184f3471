// The test stack's Postfix, stopped and started as an operator would (postfix -c <its config>).
import { execFileSync } from "node:child_process";
import net from "node:net";
import nodemailer from "nodemailer";
import { testStack } from "./test-imap";

function postfix(command: "start" | "stop"): void {
  execFileSync("postfix", ["-c", `${testStack().base}/postfix`, command], { stdio: "ignore" });
}

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port }, () => {
      socket.end();
      resolve(true);
    });
    socket.on("error", () => resolve(false));
  });
}

async function until(condition: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200 && !(await condition()); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (!(await condition())) throw new Error("Postfix did not change state within 10 s");
}

/** Stops Postfix and waits until submission refuses connections. */
export async function stopPostfix(): Promise<void> {
  postfix("stop");
  await until(async () => !(await answers(testStack().ports.submission)));
}

/** Starts Postfix and waits until submission answers. */
export async function startPostfix(): Promise<void> {
  postfix("start");
  await until(() => answers(testStack().ports.submission));
}

/** True when Postfix holds no message: everything it accepted has been delivered (or bounced). */
export function postfixQueueEmpty(): boolean {
  const out = execFileSync("postqueue", ["-c", `${testStack().base}/postfix`, "-p"], {
    encoding: "utf8",
  });
  return /Mail queue is empty/.test(out);
}

/**
 * Delivers a message as another mail server would: through the stack's port 25 (no
 * authentication, recipients @example.test only), so it arrives the way outside mail does.
 */
export async function deliverThroughPostfix(message: {
  from: string;
  to: string;
  subject: string;
  text: string;
}): Promise<void> {
  const stack = testStack();
  const transport = nodemailer.createTransport({
    host: stack.host,
    port: stack.ports.smtp,
    secure: false,
    ignoreTLS: true,
  });
  try {
    await transport.sendMail(message);
  } finally {
    transport.close();
  }
}
