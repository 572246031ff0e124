// news-facts report: sortable tables and filters. No library, no network.
"use strict";
(function () {
  function cellValue(row, i) {
    var cell = row.cells[i];
    if (!cell) return "";
    return cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent.trim();
  }
  function sortBy(table, index, th) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var ascending = th.getAttribute("aria-sort") !== "ascending";
    var numeric = rows.every(function (r) {
      var v = cellValue(r, index);
      return v === "" || !isNaN(Number(v));
    });
    rows.sort(function (a, b) {
      var x = cellValue(a, index), y = cellValue(b, index);
      var c = numeric ? (Number(x || -Infinity) - Number(y || -Infinity)) : x.localeCompare(y, "fr");
      return ascending ? c : -c;
    });
    rows.forEach(function (r) { body.appendChild(r); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (c) { c.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
  }
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    if (!table.tHead || !table.tBodies.length) return;
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, i) {
      th.title = "Sort by this column";
      th.addEventListener("click", function () { sortBy(table, i, th); });
    });
  });
  Array.prototype.forEach.call(document.querySelectorAll(".filters"), function (bar) {
    var table = document.getElementById(bar.getAttribute("data-table"));
    if (!table || !table.tBodies.length) return;
    var input = bar.querySelector("input");
    var select = bar.querySelector("select");
    var shown = bar.querySelector(".shown");
    function apply() {
      var words = (input ? input.value : "").toLowerCase().split(/\s+/).filter(Boolean);
      var key = select ? select.getAttribute("data-filter") : "";
      var want = select ? select.value : "";
      var rows = table.tBodies[0].rows, n = 0;
      for (var i = 0; i < rows.length; i++) {
        var r = rows[i], text = r.textContent.toLowerCase();
        var ok = words.every(function (w) { return text.indexOf(w) >= 0; });
        if (ok && want) ok = (r.getAttribute("data-" + key) || "").split(" ").indexOf(want) >= 0;
        r.hidden = !ok;
        if (ok) n++;
      }
      if (shown) shown.textContent = n + " of " + rows.length + " rows";
    }
    if (input) input.addEventListener("input", apply);
    if (select) select.addEventListener("change", apply);
    apply();
  });
})();
