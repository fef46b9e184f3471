// The demo's two people. Each has a mail domain of its own, so Tegami reaches each one's demo
// IMAP server through TEGAMI_DOMAINS, exactly as a production setup with several domains does.
// Reserved example names (RFC 2606): nothing here can ever reach a real mailbox.

export const demoPassword = "tegami-demo";

export const demoUsers = [
  { name: "Aoi Tanaka", address: "aoi@tegami.example", password: demoPassword },
  { name: "Hanako Sato", address: "hanako@sakura.example", password: demoPassword },
];

export const domainOf = (address) => address.slice(address.lastIndexOf("@") + 1).toLowerCase();
