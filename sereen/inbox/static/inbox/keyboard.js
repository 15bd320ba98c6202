/* Keyboard-driven review for the Sereen inbox. Every shortcut presses a visible button or link,
 * so the pages work the same without this file. The list of shortcuts is on the page (?). Arrow keys are left alone: they scroll. */
(function () {
  "use strict";

  /* Keys typed into a text field, a text area or a list belong to that field. A ticked
   * checkbox or a focused button does not swallow them: "2" then "h" must work after ticking. */
  var NOT_TEXT = ["checkbox", "radio", "button", "submit", "reset"];
  function typing(target) {
    if (!target) return false;
    var tag = target.tagName;
    if (tag === "INPUT") return NOT_TEXT.indexOf((target.type || "").toLowerCase()) < 0;
    return tag === "TEXTAREA" || tag === "SELECT" || target.isContentEditable;
  }

  function announce(text) {
    var region = document.getElementById("inbox-outcome");
    if (region) region.textContent = text;
  }

  function go(selector) {
    var link = document.querySelector(selector);
    if (link && link.href) { window.location.assign(link.href); return true; }
    return false;
  }

  /* The list of shortcuts is a <details> on the page, so it is readable without JavaScript. */
  function toggleHelp() {
    var help = document.getElementById("keyboard-help");
    if (!help) return false;
    help.open = !help.open;
    var summary = document.getElementById("keyboard-help-title");
    if (summary) summary.focus();
    return true;
  }

  /* ---- queue page: move a visible "current row" with j/k ---- */
  function rows() { return Array.prototype.slice.call(document.querySelectorAll(".queue-row")); }

  function currentRow() {
    var active = document.activeElement;
    var row = active && active.closest ? active.closest(".queue-row") : null;
    return row || document.querySelector(".queue-row.is-current");
  }

  function moveRow(step) {
    var all = rows();
    if (!all.length) return;
    var index = all.indexOf(currentRow());
    var next = all[Math.max(0, Math.min(all.length - 1, index < 0 ? 0 : index + step))];
    all.forEach(function (r) { r.classList.remove("is-current"); r.removeAttribute("aria-current"); });
    next.classList.add("is-current");
    next.setAttribute("aria-current", "true");
    var link = next.querySelector(".item-link");
    if (link) link.focus();
  }

  function toggleRow() {
    var row = currentRow();
    var box = row ? row.querySelector("input[name=items]") : null;
    if (box) box.checked = !box.checked;
  }

  /* ---- item page ---- */
  function submitAction(name) {
    var form = document.getElementById("decide-form");
    var button = document.getElementById("action-" + name);
    if (!form || !button) return false;
    if ((name === "hide" || name === "delete") && !form.querySelector("input[name=rule]:checked")) {
      var first = form.querySelector("input[name=rule]");
      if (first) first.focus();
      announce(form.getAttribute("data-need-rule") || "");
      return true;
    }
    // A click, not form.requestSubmit(button): htmx sends the value of the button that was
    // clicked (action=hide ...), and requestSubmit does not count as a click for htmx 2.
    button.click();
    return true;
  }

  function toggleRule(number) {
    var box = document.querySelector('#decide-form input[name=rule][data-shortcut="' + number + '"]');
    if (!box) return false;
    box.checked = !box.checked;
    box.focus();
    return true;
  }

  function focusField(id) {
    var field = document.getElementById(id);
    if (field) { field.focus(); return true; }
    return false;
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (typing(event.target)) {
      if (event.key === "Escape") event.target.blur();
      return;
    }
    var root = document.getElementById("inbox");
    if (!root) return;
    var page = root.getAttribute("data-page");
    var key = event.key;
    var handled = false;
    if (key === "?") { handled = toggleHelp(); }
    else if (page === "queue") {
      if (key === "j") { moveRow(1); handled = true; }
      else if (key === "k") { moveRow(-1); handled = true; }
      else if (key === "x") { toggleRow(); handled = true; }
      else if (key === "n") { handled = go("#start-review"); }
    } else if (page === "item") {
      if (key === "j") handled = go("#next-item");
      else if (key === "k") handled = go("#prev-item");
      else if (key === "n") handled = go("#skip-item");
      else if (key === "a") handled = submitAction("keep");
      else if (key === "h") handled = submitAction("hide");
      else if (key === "d") handled = submitAction("delete");
      else if (key === "r") handled = focusField("reply-text");
      else if (key === "e") handled = focusField("escalate-to");
      else if (/^[1-9]$/.test(key)) handled = toggleRule(key);
    }
    if (handled) event.preventDefault();
  });

  /* After htmx swaps in the next comment, put focus on its heading so screen readers follow. */
  document.addEventListener("htmx:afterSwap", function (event) {
    if (event.detail && event.detail.target && event.detail.target.id === "review-item") {
      var heading = document.getElementById("review-item-title");
      if (heading) heading.focus();
    }
  });
})();
