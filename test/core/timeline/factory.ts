import type { CookieState, TimelineEvent, TimelineEventKind } from '../../../src/core/timeline/event';

/** A timeline event with sensible defaults; tests override what they are about. */
export function event(
  at: number,
  kind: TimelineEventKind = 'set',
  cookie: Partial<CookieState> = {},
  extra: Partial<TimelineEvent> = {},
): TimelineEvent {
  const name = cookie.name ?? 'n';
  return {
    at,
    kind,
    cause: kind === 'set' || kind === 'overwritten' ? 'explicit' : 'expired',
    cookie: {
      id: `${name}|.example.com|/||0`,
      name,
      domain: '.example.com',
      path: '/',
      category: 'analytics',
      valueLength: 10,
      secure: true,
      httpOnly: false,
      sameSite: 'lax',
      hostOnly: false,
      ...cookie,
    },
    ...extra,
  };
}
