// papergraph explorer: draws an entity's neighbourhood with cytoscape.js in place of the server's SVG.
// The graph comes from the page's <script type="application/json" id="neighbourhood-data"> block.
(function () {
  "use strict";
  var data = document.getElementById("neighbourhood-data");
  var container = document.getElementById("neighbourhood-graph");
  if (!data || !container || typeof cytoscape !== "function") return;
  var graph = JSON.parse(data.textContent);
  var css = getComputedStyle(document.documentElement);
  function colour(type) {
    var v = css.getPropertyValue("--" + String(type).toLowerCase()).trim();
    return v || "#57606a";
  }
  var elements = [];
  graph.nodes.forEach(function (n) {
    elements.push({ group: "nodes", data: { id: n.id, label: n.label, kind: n.kind, href: n.href, colour: colour(n.type) } });
  });
  graph.edges.forEach(function (e, i) {
    elements.push({ group: "edges", data: { id: "edge" + i, source: e.source, target: e.target, label: e.label } });
  });
  container.textContent = "";
  var cy = cytoscape({
    container: container,
    elements: elements,
    wheelSensitivity: 0.3,
    style: [
      { selector: "node", style: { "background-color": "data(colour)", "label": "data(label)", "font-size": 10,
          "text-wrap": "ellipsis", "text-max-width": 150, "text-valign": "bottom", "text-margin-y": 4, "width": 16, "height": 16 } },
      { selector: "node[kind = 'PAPER']", style: { "shape": "round-rectangle", "background-color": "#57606a", "font-size": 9 } },
      { selector: "node[kind = 'CENTRE']", style: { "width": 30, "height": 30, "font-size": 13, "font-weight": "bold" } },
      { selector: "edge", style: { "width": 1.2, "line-color": "#c9d1d9", "curve-style": "straight" } },
      { selector: "edge[label = 'proposes']", style: { "width": 2.5, "line-color": "#1f6feb" } }
    ],
    layout: { name: "concentric", concentric: function (n) { return n.data("kind") === "CENTRE" ? 3 : n.data("kind") === "PAPER" ? 2 : 1; },
              levelWidth: function () { return 1; }, minNodeSpacing: 30, animate: false }
  });
  cy.on("tap", "node", function (evt) {
    var href = evt.target.data("href");
    if (href) window.location.href = href;
  });
  container.setAttribute("data-drawn", "cytoscape");
})();
