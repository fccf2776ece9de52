// Progressive enhancement only: every form works without this file.
(function () {
  "use strict";
  var csrf = document.querySelector('meta[name="csrf-token"]');
  var token = csrf ? csrf.getAttribute("content") : "";

  // Ask before destructive actions.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var question = form.getAttribute("data-confirm");
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });

  // Vote without reloading the page.
  document.querySelectorAll("[data-vote-form]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      var button = event.submitter;
      if (!button || !window.fetch) { return; }
      event.preventDefault();
      var body = new FormData(form);
      body.set("value", button.value);
      fetch(form.action, {
        method: "POST",
        body: body,
        headers: { "Accept": "application/json", "X-CSRFToken": token },
        credentials: "same-origin"
      }).then(function (response) {
        if (!response.ok) { throw new Error(response.status); }
        return response.json();
      }).then(function (data) {
        form.querySelector("[data-score]").textContent = data.score;
        var up = form.querySelector(".vote.up");
        var down = form.querySelector(".vote.down");
        up.classList.toggle("active", data.vote === 1);
        down.classList.toggle("active", data.vote === -1);
        up.setAttribute("aria-pressed", data.vote === 1 ? "true" : "false");
        down.setAttribute("aria-pressed", data.vote === -1 ? "true" : "false");
        up.value = data.vote === 1 ? "0" : "1";
        down.value = data.vote === -1 ? "0" : "-1";
      }).catch(function () {
        // Let the server answer as without JavaScript (login, or why the vote was refused).
        var choice = document.createElement("input");
        choice.type = "hidden";
        choice.name = "value";
        choice.value = button.value;
        form.appendChild(choice);
        form.submit();
      });
    });
  });

  // Markdown preview rendered by the server, with the same rules as the post.
  document.querySelectorAll(".editor[data-preview-url]").forEach(function (editor) {
    var textarea = editor.querySelector("textarea");
    var panel = editor.querySelector(".preview");
    var target = editor.querySelector(".preview-body");
    if (!textarea || !panel || !target || !window.fetch) { return; }
    var timer = null;
    function refresh() {
      var body = new FormData();
      body.set("body", textarea.value);
      fetch(editor.getAttribute("data-preview-url"), {
        method: "POST",
        body: body,
        headers: { "Accept": "application/json", "X-CSRFToken": token },
        credentials: "same-origin"
      }).then(function (response) { return response.json(); })
        .then(function (data) {
          // The server returns sanitised HTML (community/markup.py).
          target.innerHTML = data.html;
          panel.hidden = textarea.value.trim() === "";
        });
    }
    textarea.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(refresh, 400);
    });
    if (textarea.value.trim()) { refresh(); }
  });
})();
