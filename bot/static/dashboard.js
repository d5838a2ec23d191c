/* The marketer dashboard: draws bar charts as SVG from data, asks questions, searches answers.
 * Everything that came from data (labels, answers, table cells, quotes) is inserted with
 * textContent or as SVG text nodes, never as HTML. The session rides in an HttpOnly cookie this
 * script cannot read; state-changing calls carry the page's CSRF token in a header. */
(function () {
  "use strict";

  var root = document.getElementById("dashboard");
  if (!root) return;
  var data = JSON.parse(document.getElementById("dash-data").textContent);
  var strings = data.strings || {};
  var SVG_NS = "http://www.w3.org/2000/svg";

  function t(key) {
    return strings[key] || key;
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function svg(tag, attrs, text) {
    var node = document.createElementNS(SVG_NS, tag);
    Object.keys(attrs || {}).forEach(function (name) {
      node.setAttribute(name, String(attrs[name]));
    });
    if (text !== undefined) node.textContent = String(text);
    return node;
  }

  function isNumber(value) {
    return typeof value === "number" && isFinite(value);
  }

  function fmt(value, percent) {
    if (!isNumber(value)) return value === null || value === undefined ? "–" : String(value);
    if (percent) return (value * 100).toFixed(1) + "%";
    if (Number.isInteger(value)) return value.toLocaleString();
    if (Math.abs(value) >= 100) {
      return value.toLocaleString(undefined, { maximumFractionDigits: 1 });
    }
    return String(Number(value.toPrecision(3)));
  }

  /* Width of a label in units of about 6 px at the chart's font size (CJK counts double). */
  function units(text) {
    return Array.from(String(text)).reduce(function (sum, ch) {
      return sum + (ch.codePointAt(0) >= 0x2e80 ? 2 : 1);
    }, 0);
  }

  function shorten(text, maxUnits) {
    var out = "";
    var used = 0;
    var chars = Array.from(String(text));
    for (var i = 0; i < chars.length; i++) {
      var w = units(chars[i]);
      if (used + w > maxUnits - (i < chars.length - 1 ? 1 : 0)) return out + "…";
      out += chars[i];
      used += w;
    }
    return out;
  }

  /* A bar chart from {title, x, y, percent, highlight, labels?} as an <svg> element. */
  function barChart(spec) {
    var xs = spec.x || [];
    var ys = (spec.y || []).map(function (v) {
      return isNumber(v) ? v : 0;
    });
    var labels = spec.labels || xs;
    // Each bar gets a slot wide enough for its label, within limits; longer labels are cut and
    // shown whole in the tooltip.
    var longest = Math.max.apply(null, xs.map(units).concat([4]));
    var slot = Math.min(150, Math.max(58, longest * 6 + 10));
    var bar = Math.min(46, slot - 14);
    var gap = slot - bar;
    var labelUnits = Math.floor((slot - 6) / 6);
    var left = 8;
    var top = 34;
    var plot = 150;
    var bottom = 30;
    var width = Math.max(300, left * 2 + xs.length * (bar + gap));
    var height = top + plot + bottom;
    var max = Math.max.apply(null, ys.map(Math.abs).concat([0])) || 1;
    var chart = svg("svg", {
      class: "bar-chart",
      viewBox: "0 0 " + width + " " + height,
      width: width,
      height: height,
      role: "img",
      "aria-label": spec.title || "",
    });
    chart.appendChild(svg("text", { class: "chart-title", x: left, y: 16 }, spec.title || ""));
    chart.appendChild(
      svg("line", { class: "axis", x1: left, x2: width - left, y1: top + plot, y2: top + plot })
    );
    xs.forEach(function (label, i) {
      var value = ys[i];
      var h = Math.max(1, (plot * Math.max(0, value)) / max);
      var x = left + gap / 2 + i * (bar + gap);
      var y = top + plot - h;
      var group = svg("g", { class: "bar-group" });
      var rect = svg("rect", {
        class: "bar" + (i === spec.highlight ? " bar-highlight" : ""),
        x: x,
        y: y,
        width: bar,
        height: h,
        rx: 3,
      });
      group.appendChild(rect);
      var shown = fmt(spec.y[i], spec.percent);
      group.appendChild(svg("title", {}, (labels[i] || label) + ": " + shown));
      group.appendChild(svg("text", { class: "bar-value", x: x + bar / 2, y: y - 5 }, shown));
      var labelAt = { class: "bar-label", x: x + bar / 2, y: top + plot + 18 };
      group.appendChild(svg("text", labelAt, shorten(label, labelUnits)));
      chart.appendChild(group);
    });
    return chart;
  }

  function drawPageCharts() {
    var figures = document.querySelectorAll("figure[data-chart]");
    Array.prototype.forEach.call(figures, function (figure) {
      var parts = figure.getAttribute("data-chart").split(":");
      var group = (data.charts || {})[parts[0]] || [];
      var spec = group[Number(parts[1])];
      if (spec) figure.appendChild(barChart(spec));
    });
  }

  /* A table of result rows; with `percent`, the measure (every number but the count "n") is a
   * share shown as a percentage. */
  function table(columns, rows, percent) {
    var wrap = el("table", "data");
    var head = el("thead");
    var headRow = el("tr");
    columns.forEach(function (column) {
      headRow.appendChild(el("th", null, column));
    });
    head.appendChild(headRow);
    wrap.appendChild(head);
    var body = el("tbody");
    rows.forEach(function (row) {
      var tr = el("tr");
      columns.forEach(function (column) {
        var value = row[column];
        var share = percent && column !== "n";
        var td = el("td", isNumber(value) ? "num" : null, fmt(value, share));
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    wrap.appendChild(body);
    return wrap;
  }

  function show(node, visible) {
    node.hidden = !visible;
  }

  function headers(withBody) {
    var h = { Accept: "application/json", "X-CSRF-Token": data.csrf };
    if (withBody) h["Content-Type"] = "application/json";
    return h;
  }

  // ------------------------------------------------------------------ ask

  var askForm = document.getElementById("ask-form");
  var question = document.getElementById("question");
  var askButton = document.getElementById("ask-button");
  var askStatus = document.getElementById("ask-status");
  var askError = document.getElementById("ask-error");
  var askResult = document.getElementById("ask-result");

  function askFailed(key) {
    askError.textContent = t(key);
    show(askError, true);
  }

  function suggestionButton(text) {
    var button = el("button", "example", text);
    button.type = "button";
    button.setAttribute("data-question", text);
    return button;
  }

  function showAnswer(res) {
    var answer = document.getElementById("ask-answer");
    answer.textContent = res.answer || "";
    answer.classList.toggle("refused", !!res.refused);
    var plan = document.getElementById("ask-plan");
    plan.textContent = res.plan_text ? t("plan") + ": " + res.plan_text : "";
    show(plan, !!res.plan_text);

    var chartBox = document.getElementById("ask-chart");
    chartBox.textContent = "";
    if (res.chart && res.chart.x && res.chart.x.length) chartBox.appendChild(barChart(res.chart));
    show(chartBox, !!(res.chart && res.chart.x && res.chart.x.length));

    var tableBox = document.getElementById("ask-table");
    tableBox.textContent = "";
    var rows = res.table || [];
    if (rows.length) {
      var columns = res.columns && res.columns.length ? res.columns : Object.keys(rows[0]);
      tableBox.appendChild(table(columns, rows, !!res.percent));
    }
    show(tableBox, rows.length > 0);

    var quotes = document.getElementById("ask-quotes");
    quotes.textContent = "";
    (res.themes || []).forEach(function (theme) {
      var label = theme.label || theme.term || theme.name || theme.theme || "";
      var count = isNumber(theme.count) ? " (" + theme.count + ")" : "";
      if (label) quotes.appendChild(el("span", "chip", label + count));
    });
    (res.quotes || []).forEach(function (quote) {
      quotes.appendChild(el("blockquote", "quote", quote.text));
    });
    show(quotes, quotes.childNodes.length > 0);

    var suggestions = document.getElementById("ask-suggestions");
    suggestions.textContent = "";
    if (res.suggestions && res.suggestions.length) {
      suggestions.appendChild(document.createTextNode(t("suggestions") + " "));
      res.suggestions.forEach(function (text) {
        suggestions.appendChild(suggestionButton(text));
        suggestions.appendChild(document.createTextNode(" "));
      });
    }
    show(suggestions, !!(res.suggestions && res.suggestions.length));

    var meta = document.getElementById("ask-meta");
    var took = fmt(res.seconds, false) + " " + t("seconds");
    meta.textContent = t("planner") + ": " + (res.planner || "") + " · " + took;
    show(askResult, true);
  }

  function ask(text) {
    text = text.trim();
    show(askError, false);
    if (!text) return askFailed("empty");
    if (Array.from(text).length > 500) return askFailed("too_long");
    askButton.disabled = true;
    show(askStatus, true);
    fetch("/api/ask", {
      method: "POST",
      credentials: "same-origin",
      headers: headers(true),
      body: JSON.stringify({ question: text, lang: null }),
    })
      .then(function (response) {
        if (response.ok) return response.json().then(showAnswer);
        if (response.status === 401) return askFailed("session_expired");
        if (response.status === 422) return askFailed("empty");
        return askFailed("ask_error");
      })
      .catch(function () {
        askFailed("ask_error");
      })
      .then(function () {
        askButton.disabled = false;
        show(askStatus, false);
      });
  }

  askForm.addEventListener("submit", function (event) {
    event.preventDefault();
    ask(question.value);
  });
  root.addEventListener("click", function (event) {
    var target = event.target;
    if (target instanceof HTMLButtonElement && target.classList.contains("example")) {
      question.value = target.getAttribute("data-question") || "";
      ask(question.value);
    }
  });

  // ------------------------------------------------------------------ search

  var searchForm = document.getElementById("search-form");
  var searchInput = document.getElementById("search-query");
  var searchButton = document.getElementById("search-button");
  var searchStatus = document.getElementById("search-status");
  var searchError = document.getElementById("search-error");
  var results = document.getElementById("search-results");

  function searchFailed(key) {
    searchError.textContent = t(key);
    show(searchError, true);
  }

  function showHits(res) {
    results.textContent = "";
    if (!res.hits || !res.hits.length) {
      results.appendChild(el("li", "muted no-hits", t("no_hits")));
      return;
    }
    res.hits.forEach(function (hit) {
      var item = el("li", "hit");
      item.appendChild(el("span", "score", t("score") + " " + fmt(hit.score, false)));
      item.appendChild(el("p", "hit-text", hit.text));
      var source = hit.respondent_id + (hit.slot ? " · " + hit.slot : "");
      item.appendChild(el("small", "muted", source));
      results.appendChild(item);
    });
  }

  searchForm.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = searchInput.value.trim();
    show(searchError, false);
    if (!text) return searchFailed("empty");
    searchButton.disabled = true;
    show(searchStatus, true);
    var url = "/api/search?k=10&q=" + encodeURIComponent(text);
    fetch(url, { credentials: "same-origin", headers: headers(false) })
      .then(function (response) {
        if (response.ok) return response.json().then(showHits);
        if (response.status === 401) return searchFailed("session_expired");
        return searchFailed("search_error");
      })
      .catch(function () {
        searchFailed("search_error");
      })
      .then(function () {
        searchButton.disabled = false;
        show(searchStatus, false);
      });
  });

  drawPageCharts();
})();
