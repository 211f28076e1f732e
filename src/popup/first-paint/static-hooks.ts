/**
 * `preact/hooks` for one static render (./static-jsx.ts): each hook gives what its first call gives under Preact.
 * State starts at its initial value and never changes; effects never run here (Preact runs them when it adopts
 * the page).
 */
export function useState<S>(initial: S | (() => S)): [S, (next: unknown) => void] {
  return [typeof initial === 'function' ? (initial as () => S)() : initial, () => undefined];
}

export function useMemo<T>(make: () => T): T {
  return make();
}

export function useCallback<T>(callback: T): T {
  return callback;
}

export function useRef<T>(initial: T): { current: T } {
  return { current: initial };
}

export function useEffect(): void {}

export function useLayoutEffect(): void {}
