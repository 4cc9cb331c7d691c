// papergraph explorer: YASGUI over this server's endpoint; the named-query buttons load a query and run it.
(function () {
  "use strict";
  var el = document.getElementById("yasgui");
  if (!el || typeof Yasgui !== "function") return;
  var endpoint = new URL(el.getAttribute("data-endpoint"), window.location.href).href;
  var defaultQuery = document.getElementById("default-query").textContent;
  var yasgui = new Yasgui(el, {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    persistenceId: null,                       // no saved tabs: the page always starts from the server's state
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; }, keys: [] },
    yasqe: { value: defaultQuery },
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
