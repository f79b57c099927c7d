// Search on intent. Material starts its search worker (12 KiB gzipped) and, over HTTP, fetches the
// search index (5 KiB) on every page load, a third of a page's weight for readers who never search.
// This holds both until the reader opens search: the #__search toggle checks, or the search box gets
// focus (a click, or the / s f shortcuts). The theme's code is unchanged; it sees a Worker slow to
// start. Loaded by overrides/main.html just before the theme's bundle, after any Worker polyfill.
(function () {
  "use strict";
  var toggle = document.getElementById("__search");
  var config = document.getElementById("__config");
  if (!toggle || !config || !window.Worker) return;
  var settings = JSON.parse(config.textContent);
  var workerUrl = new URL(settings.search, location.href).href;
  var indexUrl = new URL("search/search_index.json", new URL(settings.base, location.href)).href;

  var wanted = false;
  var waiting = [];
  function want() {
    if (wanted) return;
    wanted = true;
    waiting.splice(0).forEach(function (start) { start(); });
  }
  function whenWanted(start) {
    if (wanted) start();
    else waiting.push(start);
  }
  toggle.addEventListener("change", function () { if (toggle.checked) want(); });
  document.addEventListener("focusin", function (event) {
    var target = event.target;
    if (target instanceof Element && target.matches(".md-search__input")) want();
  });
  if (toggle.checked) want();

  // The worker: messages wait in a queue until the real one exists; its replies are passed on.
  var RealWorker = window.Worker;
  function LazyWorker(url, options) {
    if (new URL(url, location.href).href !== workerUrl) return new RealWorker(url, options);
    var target = new EventTarget();
    var queue = [];
    var real = null;
    target.onmessage = null;
    target.onerror = null;
    target.postMessage = function (data) {
      if (real) real.postMessage(data);
      else queue.push(data);
    };
    target.terminate = function () {
      if (real) real.terminate();
      queue = [];
    };
    whenWanted(function () {
      real = new RealWorker(url, options);
      ["message", "error", "messageerror"].forEach(function (type) {
        real.addEventListener(type, function (event) {
          var copy = type === "error" ? new Event("error") : new MessageEvent(type, { data: event.data });
          var handler = target["on" + type];
          if (typeof handler === "function") handler.call(target, copy);
          target.dispatchEvent(copy);
        });
      });
      queue.splice(0).forEach(function (data) { real.postMessage(data); });
    });
    return target;
  }
  window.Worker = LazyWorker;

  // The index, requested by the theme with XMLHttpRequest: sent once search is wanted.
  var openRequest = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    this.__deferUntilSearch = new URL(String(url), location.href).href === indexUrl;
    return openRequest.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    var xhr = this;
    var args = arguments;
    if (!xhr.__deferUntilSearch) return send.apply(xhr, args);
    whenWanted(function () { send.apply(xhr, args); });
  };
})();
