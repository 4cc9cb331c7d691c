// papergraph explorer: autocomplete for every search box marked data-autocomplete.
// Answers come from /api/complete as JSON and are put into the page with textContent only, never as HTML.
(function () {
  "use strict";

  function setup(input) {
    var list = document.getElementById(input.getAttribute("aria-controls"));
    if (!list) return;
    var timer = null, active = -1, items = [], lastQuery = null, seq = 0;

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function select(i) {
      items.forEach(function (li, j) { li.setAttribute("aria-selected", j === i ? "true" : "false"); });
      active = i;
      if (i >= 0) input.setAttribute("aria-activedescendant", items[i].id);
    }

    function labelWithMark(text, span) {
      var el = document.createElement("span");
      el.className = "label";
      if (!span) { el.textContent = text; return el; }
      el.appendChild(document.createTextNode(text.slice(0, span[0])));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(span[0], span[1]);
      el.appendChild(mark);
      el.appendChild(document.createTextNode(text.slice(span[1])));
      return el;
    }

    function render(results) {
      list.textContent = "";
      items = results.map(function (r, i) {
        var li = document.createElement("li");
        li.id = list.id + "-" + i;
        li.setAttribute("role", "option");
        li.className = "completion";
        var a = document.createElement("a");
        a.href = r.href || "#";
        a.className = "entity t-" + r.type;
        // the label that matched is shown marked; an alternative label is shown after the preferred one
        a.appendChild(r.alt ? labelWithMark(r.label, null) : labelWithMark(r.label, r.highlight));
        if (r.alt) {
          var via = document.createElement("span");
          via.className = "via";
          via.appendChild(document.createTextNode("as "));
          via.appendChild(labelWithMark(r.matched, r.highlight));
          a.appendChild(via);
        }
        var badge = document.createElement("span");
        badge.className = "badge t-" + r.type;
        badge.textContent = r.type;
        a.appendChild(badge);
        var count = document.createElement("span");
        count.className = "count";
        count.textContent = r.papers === 1 ? "1 paper" : r.papers + " papers";
        a.appendChild(count);
        li.appendChild(a);
        list.appendChild(li);
        return li;
      });
      if (items.length) {
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
        select(-1);
      } else {
        close();
      }
    }

    function lookup() {
      var q = input.value.trim();
      if (q === lastQuery) return;
      lastQuery = q;
      if (!q) { render([]); return; }
      var mine = ++seq;
      fetch("/api/complete?limit=10&q=" + encodeURIComponent(q), { headers: { "Accept": "application/json" } })
        .then(function (r) { return r.ok ? r.json() : { results: [] }; })
        .then(function (data) { if (mine === seq) render(data.results || []); })
        .catch(function () { if (mine === seq) render([]); });
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(lookup, 120);
    });
    input.addEventListener("keydown", function (e) {
      if (list.hidden || !items.length) return;
      if (e.key === "ArrowDown") { e.preventDefault(); select((active + 1) % items.length); }
      else if (e.key === "ArrowUp") { e.preventDefault(); select(active <= 0 ? items.length - 1 : active - 1); }
      else if (e.key === "Escape") { close(); }
      else if (e.key === "Enter" && active >= 0) {
        e.preventDefault();
        window.location.href = items[active].querySelector("a").href;
      }
    });
    input.addEventListener("blur", function () { setTimeout(close, 200); });
    input.addEventListener("focus", function () { if (items.length) { list.hidden = false; input.setAttribute("aria-expanded", "true"); } });
  }

  document.querySelectorAll("input[data-autocomplete]").forEach(setup);
})();
