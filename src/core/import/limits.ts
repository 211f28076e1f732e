/** Largest cookie file read: a whole browser profile is a few MB, so this only stops mistakes and abuse. */
export const MAX_COOKIE_FILE_BYTES = 50 * 1024 * 1024;
/**
 * Most cookies read from one file. Chrome keeps about 3,300 per profile (net/cookies/cookie_monster.h
 * kMaxCookies = 3300), so this leaves room for many merged profiles without letting a file exhaust memory.
 */
export const MAX_COOKIES_PER_FILE = 100_000;
