/**
 * Who may see a record: every document, event, statement and protected
 * identity carries one of these; a reader sees what is at or below their
 * clearance. The order is the array's.
 */
export const LEVELS = ["public", "restricted", "confidential"] as const;

export type Level = (typeof LEVELS)[number];

export const isLevel = (value: unknown): value is Level => typeof value === "string" && (LEVELS as readonly string[]).includes(value);

/** 0 for public, 1 restricted, 2 confidential. */
export const levelRank = (level: Level): number => LEVELS.indexOf(level);

/** True when a reader cleared for `clearance` may see a record at `level`. */
export const mayRead = (clearance: Level, level: string): boolean => isLevel(level) && levelRank(level) <= levelRank(clearance);

/** The levels a reader cleared for `clearance` may see, lowest first. */
export const levelsUpTo = (clearance: Level): Level[] => LEVELS.slice(0, levelRank(clearance) + 1);
