// Injected into every page before the app's own scripts (page.addInitScript): a React DevTools
// global hook that counts the components rendered in each commit, an Event Timing observer, and
// a keydown probe that times "keystroke to next paint" with requestAnimationFrame + MessageChannel.
// Plain browser JavaScript: it is passed to Playwright as a string, never bundled.
(() => {
  const FUNCTION_COMPONENT = 0;
  const CLASS_COMPONENT = 1;
  const FORWARD_REF = 11;
  const MEMO_COMPONENT = 14;
  const SIMPLE_MEMO_COMPONENT = 15;
  const COMPONENT_TAGS = new Set([FUNCTION_COMPONENT, CLASS_COMPONENT, FORWARD_REF, MEMO_COMPONENT, SIMPLE_MEMO_COMPONENT]);
  const PERFORMED_WORK = 1; // React's PerformedWork flag: the component's render function ran.

  const state = {
    recording: false,
    countRenders: false,
    keys: [], // { ts, key, raf, paint }
    events: [], // Event Timing entries
    commits: [], // { t, n }
    pending: null, // a click-to-visible measurement
    names: null, // component names rendered, when asked for (only useful on an unminified build)
  };

  // ---- components rendered per commit -------------------------------------------------------
  // The React DevTools approach: start at the root and descend only into subtrees React worked
  // on (a bailed-out subtree keeps its old child fibers, so `child === alternate.child`). A fiber
  // that React worked on counts when it is new (mount) or its render function ran (PerformedWork;
  // props/state identity as a fallback for React versions without the flag on that fiber).
  function rendered(fiber) {
    const prev = fiber.alternate;
    if (!prev) return true;
    if (typeof fiber.flags === 'number') return (fiber.flags & PERFORMED_WORK) === PERFORMED_WORK;
    return fiber.memoizedProps !== prev.memoizedProps || fiber.memoizedState !== prev.memoizedState;
  }
  function countMount(fiber) {
    let n = 0;
    const stack = [fiber];
    while (stack.length) {
      const f = stack.pop();
      if (COMPONENT_TAGS.has(f.tag)) {
        n += 1;
        note(f);
      }
      for (let c = f.child; c; c = c.sibling) stack.push(c);
    }
    return n;
  }
  function nameOf(fiber) {
    const type = fiber.type;
    if (!type) return '?';
    return type.displayName || type.name || type.render?.displayName || type.render?.name || type.type?.displayName || type.type?.name || '?';
  }
  function note(fiber) {
    if (state.names) state.names.push(nameOf(fiber));
  }
  function countUpdate(next) {
    let n = 0;
    const stack = [next];
    while (stack.length) {
      const f = stack.pop();
      const prev = f.alternate;
      if (!prev) {
        n += countMount(f);
        continue;
      }
      if (COMPONENT_TAGS.has(f.tag) && rendered(f)) {
        n += 1;
        note(f);
      }
      if (f.child === prev.child) continue; // the whole subtree bailed out
      for (let c = f.child; c; c = c.sibling) stack.push(c);
    }
    return n;
  }
  const hook = {
    renderers: new Map(),
    supportsFiber: true,
    inject(renderer) {
      const id = hook.renderers.size + 1;
      hook.renderers.set(id, renderer);
      return id;
    },
    onScheduleFiberRoot() {},
    onCommitFiberRoot(_id, root) {
      if (!state.recording || !state.countRenders) return;
      const current = root.current;
      const n = current.alternate ? countUpdate(current) : countMount(current);
      state.commits.push({ t: performance.now(), n });
    },
    onPostCommitFiberRoot() {},
    onCommitFiberUnmount() {},
    checkDCE() {},
  };
  Object.defineProperty(window, '__REACT_DEVTOOLS_GLOBAL_HOOK__', { value: hook, configurable: true, writable: true });

  // ---- Event Timing ------------------------------------------------------------------------
  // Chromium delivers observer callbacks in low-priority tasks, which a busy page can hold back
  // for seconds: stop() also takes the entries still queued (takeRecords).
  const eventTiming = typeof PerformanceObserver !== 'undefined' && (PerformanceObserver.supportedEntryTypes || []).includes('event');
  const keepEntries = (entries) => {
    if (!state.recording) return;
    for (const e of entries) {
      state.events.push({
        name: e.name,
        startTime: e.startTime,
        duration: e.duration,
        processingStart: e.processingStart,
        processingEnd: e.processingEnd,
        interactionId: e.interactionId || 0,
      });
    }
  };
  const observer = eventTiming ? new PerformanceObserver((list) => keepEntries(list.getEntries())) : null;
  observer?.observe({ type: 'event', durationThreshold: 16, buffered: false });

  // ---- keystroke to next paint ---------------------------------------------------------------
  // rAF runs just before the frame that shows the keystroke's effect; a MessageChannel message
  // posted from it runs right after that frame. Measured from the event's own timestamp, so the
  // input delay is included.
  function afterNextPaint(callback) {
    requestAnimationFrame(() => {
      const raf = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => callback(raf, performance.now());
      channel.port2.postMessage(0);
    });
  }
  window.addEventListener(
    'keydown',
    (event) => {
      if (!state.recording) return;
      const record = { ts: event.timeStamp, key: event.key, raf: null, paint: null };
      state.keys.push(record);
      afterNextPaint((raf, paint) => {
        record.raf = raf;
        record.paint = paint;
      });
    },
    true,
  );

  // ---- click to "target visible and painted" -------------------------------------------------
  function visible(element) {
    if (!element || !element.isConnected) return false;
    const rect = element.getBoundingClientRect();
    return rect.width > 0 && rect.height > 0 && getComputedStyle(element).visibility !== 'hidden';
  }
  window.addEventListener(
    'click',
    (event) => {
      const pending = state.pending;
      if (!pending || pending.t0 !== null) return;
      pending.t0 = event.timeStamp;
      const check = () => {
        if (visible(document.querySelector(pending.selector))) {
          pending.found = performance.now();
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            pending.paint = performance.now();
          };
          channel.port2.postMessage(0);
        } else if (performance.now() - pending.t0 < 10000) {
          requestAnimationFrame(check);
        }
      };
      requestAnimationFrame(check);
    },
    true,
  );

  window.__bench = {
    eventTiming,
    start({ countRenders = false, names = false } = {}) {
      state.names = names ? [] : null;
      state.keys = [];
      state.events = [];
      state.commits = [];
      state.countRenders = countRenders;
      state.recording = true;
    },
    stop() {
      if (observer) keepEntries(observer.takeRecords());
      state.recording = false;
      return { keys: state.keys, events: state.events, commits: state.commits, names: state.names };
    },
    armClick(selector) {
      state.pending = { selector, t0: null, found: null, paint: null };
    },
    clickResult() {
      const p = state.pending;
      if (!p || p.paint === null) return null;
      state.pending = null;
      return { ms: p.paint - p.t0, foundMs: p.found - p.t0 };
    },
  };
})();
