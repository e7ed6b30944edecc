/** The receiver as the package ships it (the committed build in generated/), and a secret to sign with. */
export * as pkg from "../../generated/dist/esm/index.js";

/** A `whsec_` secret as Svix issues them: 24 random bytes, base64. Fixed, so failures reproduce. */
export const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
export const otherSecret = "whsec_aGVsbG8gd29ybGQgdGhpcyBpcyBhIGtleQ==";

export const nowSeconds = (): number => Math.floor(Date.now() / 1000);
