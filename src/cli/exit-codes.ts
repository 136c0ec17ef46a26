/** Exit statuses shared by every command (CONTRACT.md §2). */
export const EXIT = { clean: 0, flagged: 1, error: 2 } as const;
