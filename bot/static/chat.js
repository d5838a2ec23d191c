/* The chat page: sends answers to the page endpoints and shows replies.
 * Everything a respondent or the bot wrote is inserted with textContent, never as HTML; only
 * privacy-notice paths become links, built element by element. The session token stays in an
 * HttpOnly cookie this script cannot read. */
(function () {
  "use strict";

  var root = document.getElementById("chat");
  if (!root) return;
  var strings = JSON.parse(document.getElementById("ib-strings").textContent);
  var survey = root.dataset.survey;
  var lang = root.dataset.lang === "en" ? "en" : "zh";
  var log = document.getElementById("log");
  var optionsBox = document.getElementById("options");
  var form = document.getElementById("composer");
  var input = document.getElementById("text");
  var sendButton = document.getElementById("send");
  var typing = document.getElementById("typing");
  var errorBox = document.getElementById("error");
  var finished = document.getElementById("finished");
  var privacyLink = document.getElementById("privacy-link");
  var busy = false;
  var PRIVACY = /\/privacy\/([a-z][a-z0-9_]{0,63})\?lang=(zh|en)/g;

  function t(key) {
    return (strings[lang] && strings[lang][key]) || key;
  }

  function appendText(parent, text) {
    var last = 0;
    var match;
    PRIVACY.lastIndex = 0;
    while ((match = PRIVACY.exec(text)) !== null) {
      parent.appendChild(document.createTextNode(text.slice(last, match.index)));
      var a = document.createElement("a");
      a.href = "/privacy/" + match[1] + "?lang=" + match[2];
      a.target = "_blank";
      a.rel = "noopener";
      a.textContent = match[0];
      parent.appendChild(a);
      last = match.index + match[0].length;
    }
    parent.appendChild(document.createTextNode(text.slice(last)));
  }

  function bubble(direction, text, kind) {
    var div = document.createElement("div");
    div.className = "msg msg-" + direction + (kind === "consent" ? " msg-consent" : "");
    appendText(div, text);
    log.appendChild(div);
    div.scrollIntoView({ block: "end" });
  }

  function setOptions(options, kind) {
    optionsBox.textContent = "";
    if (kind === "consent") {
      var note = document.createElement("p");
      note.className = "consent-note";
      note.appendChild(document.createTextNode(t("consent_note") + " "));
      var a = document.createElement("a");
      a.href = "/privacy/" + survey + "?lang=" + lang;
      a.target = "_blank";
      a.rel = "noopener";
      a.textContent = t("privacy");
      note.appendChild(a);
      optionsBox.appendChild(note);
    }
    (options || []).forEach(function (option) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "option";
      button.dataset.label = option.label;
      button.textContent = option.label;
      optionsBox.appendChild(button);
    });
  }

  function applyLang(next) {
    if (next !== "zh" && next !== "en") return;
    lang = next;
    document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
    input.placeholder = t("placeholder");
    input.setAttribute("aria-label", t("placeholder"));
    sendButton.textContent = t("send");
    privacyLink.textContent = t("privacy");
    privacyLink.href = "/privacy/" + survey + "?lang=" + lang;
    document.getElementById("typing-label").textContent = t("typing");
    finished.textContent = t("finished");
  }

  function setBusy(value) {
    busy = value;
    typing.hidden = !value;
    sendButton.disabled = value;
    if (value) typing.scrollIntoView({ block: "end" });
  }

  function showError(key) {
    errorBox.textContent = t(key);
    errorBox.hidden = false;
  }

  function showReply(data) {
    applyLang(data.lang);
    var reply = data.reply;
    bubble("out", reply.text, reply.kind);
    setOptions(reply.options, reply.kind);
    finished.hidden = !reply.done;
    root.classList.toggle("is-done", !!reply.done);
  }

  function post(path, body) {
    return fetch(path, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(body),
    });
  }

  function handle(response) {
    if (response.ok) return response.json().then(showReply);
    var key = { 401: "gone", 403: "gone", 404: "gone", 410: "gone", 413: "too_long", 429: "rate" }[
      response.status
    ];
    showError(key || "error");
    return null;
  }

  function request(path, body) {
    errorBox.hidden = true;
    setBusy(true);
    return post(path, body)
      .then(handle)
      .catch(function () {
        showError("network");
      })
      .then(function () {
        setBusy(false);
        input.focus();
      });
  }

  function send(text) {
    if (busy || !text.trim()) return;
    bubble("in", text);
    optionsBox.textContent = "";
    input.value = "";
    request("/s/" + survey + "/messages", { text: text });
  }

  function start() {
    var body = { lang: lang };
    if (root.dataset.r) {
      body.r = root.dataset.r;
      body.sig = root.dataset.sig;
      if (root.dataset.exp) body.exp = root.dataset.exp;
    }
    request("/s/" + survey + "/session", body);
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    send(input.value);
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      send(input.value);
    }
  });
  optionsBox.addEventListener("click", function (event) {
    var target = event.target;
    if (target instanceof HTMLButtonElement && target.classList.contains("option")) {
      send(target.dataset.label || target.textContent || "");
    }
  });

  if (root.dataset.session === "none") start();
  var lastBubble = log.lastElementChild;
  if (lastBubble) lastBubble.scrollIntoView({ block: "end" });
})();
