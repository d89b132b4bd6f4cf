// Deliberately permissive (one @, no spaces, a dot in the domain): the full RFC 5322 grammar accepts far more, and
// mail servers are the final judges of deliverability.
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

export const isEmail = (value: string): boolean => value.length <= 320 && EMAIL.test(value);
