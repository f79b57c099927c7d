// Search for the offline site. Chromium refuses `new Worker()` on pages opened from disk
// (file://), so the theme's search worker never starts. This stands in for Worker there: it runs
// the worker script in a hidden same-origin iframe and passes messages both ways. Written for
// this project; loaded only by the offline build (extra.polyfills, set by our plugin).
(function () {
  "use strict";
  if (location.protocol !== "file:") return;

  class IframeWorker extends EventTarget {
    constructor(url) {
      super();
      this.onmessage = null;
      this.onerror = null;
      this.queue = [];
      this.ready = false;
      const frame = document.createElement("iframe");
      frame.hidden = true;
      frame.setAttribute("aria-hidden", "true");
      frame.tabIndex = -1;
      frame.title = "search";
      (document.body || document.documentElement).appendChild(frame);
      const win = frame.contentWindow;
      const worker = this;
      // The worker script talks to `self`: route its postMessage back to this object.
      win.postMessage = function (data) {
        const event = new MessageEvent("message", { data: data });
        if (typeof worker.onmessage === "function") worker.onmessage(event);
        worker.dispatchEvent(event);
      };
      win.importScripts = function () {
        throw new Error("importScripts is not available in the offline search worker");
      };
      const script = win.document.createElement("script");
      script.src = new URL(url, location.href).href;
      script.onload = function () {
        worker.ready = true;
        worker.queue.splice(0).forEach(function (data) { worker.postMessage(data); });
      };
      script.onerror = function () {
        const event = new Event("error");
        if (typeof worker.onerror === "function") worker.onerror(event);
        worker.dispatchEvent(event);
      };
      win.document.head.appendChild(script);
      this.win = win;
    }

    postMessage(data) {
      if (!this.ready) {
        this.queue.push(data);
        return;
      }
      this.win.dispatchEvent(new this.win.MessageEvent("message", { data: data }));
    }

    terminate() {}
  }

  window.Worker = IframeWorker;
})();
