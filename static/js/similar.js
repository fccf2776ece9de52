// Similar questions on the ask page: while a title is typed, list topics that may answer it.
// Progressive enhancement only: without this file the ask form works the same.
(function () {
  "use strict";
  var box = document.querySelector(".similar-questions[data-similar-url]");
  if (!box || !window.fetch) { return; }
  var input = document.getElementById(box.getAttribute("data-similar-for"));
  var panel = box.querySelector(".similar-panel");
  var list = box.querySelector(".similar-list");
  if (!input || !panel || !list) { return; }

  var timer = null;
  var asked = "";
  var latest = 0;

  function clear() {
    panel.hidden = true;
    while (list.firstChild) { list.removeChild(list.firstChild); }
  }

  // German and English: "1 Antwort", otherwise the plural (texts from the template).
  function answers(count) {
    var text = box.getAttribute(count === 1 ? "data-answers-one" : "data-answers-many");
    return text.replace("{num}", String(count));
  }

  function show(topics) {
    clear();
    if (!topics.length) { return; }
    topics.forEach(function (topic) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = topic.url;
      link.target = "_blank";
      link.rel = "noopener";
      link.textContent = topic.title;
      var meta = document.createElement("span");
      meta.className = "similar-meta";
      meta.textContent = answers(topic.answers);
      if (topic.solved) {
        var solved = document.createElement("span");
        solved.className = "solved-mark";
        solved.textContent = "✓ " + box.getAttribute("data-solved");
        meta.appendChild(document.createTextNode(" · "));
        meta.appendChild(solved);
      }
      item.appendChild(link);
      item.appendChild(document.createTextNode(" "));
      item.appendChild(meta);
      list.appendChild(item);
    });
    panel.hidden = false;
  }

  function lookup() {
    var title = input.value.trim();
    if (title === asked) { return; }
    asked = title;
    var mine = ++latest;
    if (title.length < 3) { clear(); return; }
    var url = new URL(box.getAttribute("data-similar-url"), window.location.href);
    url.searchParams.set("title", title);
    fetch(url.toString(), {
      headers: { "Accept": "application/json" },
      credentials: "same-origin"
    }).then(function (response) {
      if (!response.ok) { throw new Error(response.status); }
      return response.json();
    }).then(function (data) {
      // An answer to an older title that arrives late is dropped.
      if (mine === latest) { show(data.topics || []); }
    }).catch(function () {
      if (mine === latest) { clear(); asked = ""; }
    });
  }

  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(lookup, 350);
  });
  // After a refused submit the title is back in the field: suggest for it at once.
  if (input.value.trim()) { lookup(); }
})();
