// papergraph explorer: YASGUI over this server's endpoint; the named-query buttons load a query and run it.
(function () {
  "use strict";
  var el = document.getElementById("yasgui");
  if (!el || typeof Yasgui !== "function") return;
  var endpoint = new URL(el.getAttribute("data-endpoint"), window.location.href).href;
  var defaultQuery = document.getElementById("default-query").textContent;

  // YASQE's own autocompleters fetch prefix.cc and the LOV API; the page works offline, so only the variable
  // completer stays, and prefixes complete from the store's own (those of the starting query)
  var Yasqe = Yasgui.Yasqe;
  var storePrefixes = defaultQuery.split("\n").filter(function (l) { return l.indexOf("PREFIX ") === 0; })
    .map(function (l) { return l.substring(7).trim(); });
  Yasqe.defaults.autocompleters = Yasqe.defaults.autocompleters.filter(function (n) { return n === "variables"; });
  Yasqe.forkAutocompleter("prefixes", {
    name: "papergraph-prefixes",
    persistenceId: null,
    get: function () { return storePrefixes; }
  });
  var yasgui = new Yasgui(el, {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    persistenceId: null,                       // no saved tabs: the page always starts from the server's state
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; }, keys: [] },
    yasqe: { value: defaultQuery, editorHeight: "420px" },
    populateFromUrl: true
  });
  window.papergraphYasgui = yasgui;

  document.querySelectorAll("button.run-example").forEach(function (button) {
    button.addEventListener("click", function () {
      var item = button.closest(".named-query");
      var query = item.querySelector("pre.query-text").textContent;
      var tab = yasgui.getTab();
      tab.setQuery(query);
      tab.query().catch(function () { /* YASR shows the error */ });
    });
  });
})();
