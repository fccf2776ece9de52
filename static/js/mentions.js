// @mentions: while a member types "@" and the start of a name in a textarea, suggest
// members to pick. The textarea is marked data-mentions="<suggest URL>", or sits inside an
// element so marked. Progressive enhancement only: without this file "@name" still works.
(function () {
  "use strict";
  if (!window.fetch || !window.AbortController) { return; }

  // The same rule as community/markup.py: an @ that starts a word, then a name's characters.
  var PARTIAL = /(?:^|[\s(\[{"'„“”‚‘’«»‹›*~,;])@([A-Za-z0-9][A-Za-z0-9_.-]{0,29})$/;
  var NAME_TAIL = /^[A-Za-z0-9_.-]*/;
  var DELAY = 150;
  var lists = 0;

  function enhance(textarea, url) {
    if (!url || textarea.hasAttribute("data-mentions-ready")) { return; }
    textarea.setAttribute("data-mentions-ready", "");
    var host = textarea.parentNode;
    var list = document.createElement("ul");
    list.id = "mention-list-" + (++lists);
    list.className = "mention-list";
    list.setAttribute("role", "listbox");
    list.hidden = true;
    host.classList.add("mentions-host");
    textarea.insertAdjacentElement("afterend", list);
    textarea.setAttribute("aria-autocomplete", "list");
    textarea.setAttribute("aria-haspopup", "listbox");
    textarea.setAttribute("aria-controls", list.id);
    textarea.setAttribute("aria-expanded", "false");

    var users = [];
    var active = -1;
    var start = -1;      // where the "@partial" being completed begins
    var asked = "";      // the partial the list is for
    var dismissed = "";  // a partial closed with Escape stays closed until it changes
    var timer = null;
    var pending = null;
    var latest = 0;

    function close() {
      window.clearTimeout(timer);
      if (pending) { pending.abort(); pending = null; }
      users = [];
      active = -1;
      asked = "";
      list.hidden = true;
      while (list.firstChild) { list.removeChild(list.firstChild); }
      textarea.setAttribute("aria-expanded", "false");
      textarea.removeAttribute("aria-activedescendant");
    }

    function highlight(index) {
      active = index;
      Array.prototype.forEach.call(list.children, function (option, i) {
        option.setAttribute("aria-selected", i === index ? "true" : "false");
      });
      if (index < 0) {
        textarea.removeAttribute("aria-activedescendant");
      } else {
        textarea.setAttribute("aria-activedescendant", list.children[index].id);
        list.children[index].scrollIntoView({ block: "nearest" });
      }
    }

    function show(found) {
      while (list.firstChild) { list.removeChild(list.firstChild); }
      users = found;
      if (!users.length) { close(); return; }
      users.forEach(function (user, i) {
        var option = document.createElement("li");
        option.id = list.id + "-" + i;
        option.className = "mention-option";
        option.setAttribute("role", "option");
        var avatar = document.createElement("img");
        avatar.className = "avatar";
        avatar.src = user.avatar;
        avatar.alt = "";
        avatar.width = 20;
        avatar.height = 20;
        var name = document.createElement("span");
        name.className = "mention-name";
        name.textContent = user.name;
        var handle = document.createElement("span");
        handle.className = "mention-username";
        handle.textContent = "@" + user.username;
        option.appendChild(avatar);
        option.appendChild(name);
        if (user.name !== user.username) { option.appendChild(handle); }
        // mousedown, not click: the textarea keeps the focus (and its caret).
        option.addEventListener("mousedown", function (event) {
          event.preventDefault();
          pick(i);
        });
        list.appendChild(option);
      });
      list.style.top = (textarea.offsetTop + textarea.offsetHeight) + "px";
      list.hidden = false;
      textarea.setAttribute("aria-expanded", "true");
      highlight(0);
    }

    function lookup(partial) {
      if (pending) { pending.abort(); }
      var mine = ++latest;
      var controller = new AbortController();
      pending = controller;
      var address = new URL(url, window.location.href);
      address.searchParams.set("q", partial);
      fetch(address.toString(), {
        headers: { "Accept": "application/json" },
        credentials: "same-origin",
        signal: controller.signal
      }).then(function (response) {
        if (!response.ok) { throw new Error(response.status); }
        return response.json();
      }).then(function (data) {
        if (mine !== latest) { return; }
        pending = null;
        asked = partial;
        show(data.users || []);
      }).catch(function () {
        if (mine === latest) { pending = null; close(); }
      });
    }

    // The "@partial" right before the caret, if the member is typing one.
    function partialAtCaret() {
      if (textarea.selectionStart !== textarea.selectionEnd) { return null; }
      var caret = textarea.selectionStart;
      var match = PARTIAL.exec(textarea.value.slice(0, caret));
      if (!match) { return null; }
      return { text: match[1], start: caret - match[1].length - 1 };
    }

    function update() {
      var found = partialAtCaret();
      if (!found) { dismissed = ""; close(); return; }
      if (found.text === dismissed) { return; }
      dismissed = "";
      start = found.start;
      if (found.text === asked && !list.hidden) { return; }
      window.clearTimeout(timer);
      timer = window.setTimeout(function () { lookup(found.text); }, DELAY);
    }

    function pick(index) {
      var user = users[index];
      if (!user) { return; }
      var value = textarea.value;
      var caret = textarea.selectionStart;
      var after = value.slice(caret);
      // Picking in the middle of a name replaces the whole name.
      after = after.slice(NAME_TAIL.exec(after)[0].length);
      var spaced = /^\s/.test(after);
      var insert = "@" + user.username + (spaced ? "" : " ");
      textarea.value = value.slice(0, start) + insert + after;
      var position = start + insert.length + (spaced ? 1 : 0);
      textarea.setSelectionRange(position, position);
      close();
      // Let the preview (static/js/community.js) see the new text.
      textarea.dispatchEvent(new Event("input", { bubbles: true }));
    }

    textarea.addEventListener("input", update);
    textarea.addEventListener("keydown", function (event) {
      if (list.hidden || event.isComposing) { return; }
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        var step = event.key === "ArrowDown" ? 1 : -1;
        highlight((active + step + users.length) % users.length);
      } else if ((event.key === "Enter" || event.key === "Tab") && active >= 0 && !event.shiftKey) {
        event.preventDefault();
        pick(active);
      } else if (event.key === "Escape") {
        event.preventDefault();
        dismissed = asked;
        close();
      }
    });
    // Moving the caret elsewhere (arrows, a click) ends or changes the suggestion.
    textarea.addEventListener("keyup", function (event) {
      if (["ArrowLeft", "ArrowRight", "Home", "End"].indexOf(event.key) >= 0) { update(); }
    });
    textarea.addEventListener("click", function () {
      if (!list.hidden && !partialAtCaret()) { close(); }
    });
    textarea.addEventListener("blur", close);
  }

  document.querySelectorAll("[data-mentions]").forEach(function (marked) {
    var url = marked.getAttribute("data-mentions");
    var areas = marked.tagName === "TEXTAREA" ? [marked] : marked.querySelectorAll("textarea");
    Array.prototype.forEach.call(areas, function (textarea) { enhance(textarea, url); });
  });
})();
