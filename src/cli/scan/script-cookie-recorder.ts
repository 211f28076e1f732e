/**
 * An init script (runs before any page script, in every frame) that wraps the `document.cookie` setter so each
 * write is reported with the URL of the script that made it, taken from the call stack. Only the cookie's name and
 * attributes travel: the value stays in the page. The binding is Playwright's exposeBinding, installed before this.
 */
export const SCRIPT_COOKIE_BINDING = '__cookieAuditorScriptCookie';

export interface ScriptCookieWrite {
  /** The written line with its value cut out: "name=; path=/; max-age=...". */
  line: string;
  /** First http(s) URL on the stack: the script that wrote the cookie (the page itself for inline scripts). */
  scriptUrl: string;
  pageUrl: string;
  /** ms since the epoch, in the page's clock (the same machine's). */
  at: number;
  /** ms since the top-level navigation started (the top document's performance clock, or the frame's own). */
  sinceNavigation: number;
}

export const SCRIPT_COOKIE_RECORDER = `(() => {
  const desc = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  if (!desc || !desc.set || !desc.get) return;
  const set = desc.set;
  const topNow = () => {
    try { return window.top.performance.now(); } catch (e) { return performance.now(); }
  };
  const get = desc.get;
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    enumerable: desc.enumerable,
    get() { return get.call(this); },
    set(v) {
      set.call(this, v);
      try {
        const text = String(v);
        const eq = text.indexOf('=');
        const semi = text.indexOf(';');
        const name = eq === -1 || (semi !== -1 && semi < eq) ? '' : text.slice(0, eq);
        const rest = semi === -1 ? '' : text.slice(semi);
        const stack = String(new Error().stack || '');
        const m = stack.match(/(https?:\\/\\/[^\\s()]+?):\\d+:\\d+/);
        const report = globalThis['${SCRIPT_COOKIE_BINDING}'];
        if (typeof report === 'function') {
          report({ line: (name + '=' + rest).slice(0, 1024), scriptUrl: m ? m[1] : location.href, pageUrl: location.href, at: Date.now(), sinceNavigation: topNow() });
        }
      } catch (e) {}
    },
  });
})();`;
