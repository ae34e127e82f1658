/**
 * How an account is named wherever its work is shown (history, the reviews
 * list, conflict messages): the display name alone is free text an editor
 * can change, so the email, which only an admin sets, goes with it.
 */
export const ACCOUNT_IDENTITY = { name: true, email: true } as const;

export type AccountIdentity = { name: string; email: string };

export const accountLabel = (account: AccountIdentity) => `${account.name} (${account.email})`;
