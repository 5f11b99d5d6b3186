// claimspan review: claim <-> text navigation, decisions, keyboard shortcuts. No dependencies.
(function () {
  "use strict";
  const token = document.querySelector('meta[name="claimspan-token"]').content;
  const root = document.querySelector(".review");
  if (!root) return;
  const docId = root.dataset.docId;
  const perPage = Number(root.dataset.perPage);
  const article = document.getElementById("article");
  const message = document.getElementById("message");
  const cards = Array.from(document.querySelectorAll(".card"));
  let current = null;

  function segmentsOf(index) {
    return article.querySelectorAll('[data-claims~="' + index + '"]');
  }

  function select(card, scrollText) {
    if (current) {
      current.classList.remove("current");
      segmentsOf(current.dataset.index).forEach((node) => node.classList.remove("selected"));
    }
    current = card;
    if (!card) return;
    card.classList.add("current");
    const nodes = segmentsOf(card.dataset.index);
    nodes.forEach((node) => node.classList.add("selected"));
    card.focus({ preventScroll: true });
    card.scrollIntoView({ block: "nearest" });
    if (scrollText && nodes.length) nodes[0].scrollIntoView({ block: "center" });
    history.replaceState(null, "", "#c" + card.dataset.index);
  }

  function selectIndex(index) {
    const card = document.getElementById("c" + index);
    if (card) { select(card, false); return; }
    // The claim is on another page of the claim list.
    location.href = "?page=" + (Math.floor(index / perPage) + 1) + "#c" + index;
  }

  // Offsets are code points (Python's), selections count UTF-16 units: convert inside the segment.
  function boundary(container, offset) {
    if (container.nodeType === Node.TEXT_NODE) {
      const segment = container.parentElement.closest("[data-s]");
      if (!segment || !article.contains(segment)) return null;
      return Number(segment.dataset.s) + Array.from(container.data.slice(0, offset)).length;
    }
    const children = container.childNodes;
    if (offset < children.length) {
      const node = children[offset];
      const segment = node.nodeType === Node.ELEMENT_NODE ? (node.matches("[data-s]") ? node : node.querySelector("[data-s]")) : node.parentElement.closest("[data-s]");
      return segment ? Number(segment.dataset.s) : null;
    }
    const last = container.nodeType === Node.ELEMENT_NODE && container.matches("[data-s]") ? container : Array.from(container.querySelectorAll("[data-s]")).pop();
    return last ? Number(last.dataset.s) + Array.from(last.textContent).length : null;
  }

  function selectedSpan() {
    const selection = window.getSelection();
    if (!selection.rangeCount || selection.isCollapsed) return null;
    const range = selection.getRangeAt(0);
    if (!article.contains(range.commonAncestorContainer)) return null;
    const start = boundary(range.startContainer, range.startOffset);
    const end = boundary(range.endContainer, range.endOffset);
    return start === null || end === null || end <= start ? null : { start: start, end: end };
  }

  let hideMessage = null;
  function show(text, isError) {
    message.textContent = text;
    message.classList.toggle("error", Boolean(isError));
    clearTimeout(hideMessage);
    hideMessage = setTimeout(() => { message.textContent = ""; }, isError ? 8000 : 2500);
  }

  async function decide(card, action, extra) {
    const body = Object.assign({ doc_id: docId, claim_id: card.dataset.claimId, action: action }, extra || {});
    const response = await fetch("/api/decisions", {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Claimspan-Token": token },
      body: JSON.stringify(body),
    });
    const result = await response.json();
    if (!response.ok) { show(result.error || response.statusText, true); return; }
    if (["span", "source", "cue", "clear_source", "reset"].includes(action)) {
      // The marks in the article change: redraw the page, keeping the claim selected.
      sessionStorage.setItem("claimspan-scroll", String(document.querySelector(".article-pane").scrollTop));
      location.reload();
      return;
    }
    card.classList.remove("status-unreviewed", "status-accepted", "status-rejected");
    card.classList.add("status-" + result.status);
    card.querySelector(".status-label").textContent = result.status;
    card.querySelector("select.type").value = result.claim.type;
    for (const key of ["accepted", "rejected", "unreviewed"]) {
      document.querySelector('[data-count="' + key + '"]').textContent = result.counts[key];
    }
    show("claim " + (Number(card.dataset.index) + 1) + ": " + action + " saved");
  }

  function act(card, action) {
    if (!card) return;
    if (action === "span" || action === "source" || action === "cue") {
      const span = selectedSpan();
      if (!span) { show("Select text in the article first.", true); return; }
      decide(card, action, span);
      return;
    }
    decide(card, action);
  }

  cards.forEach((card) => {
    card.addEventListener("click", (event) => {
      if (event.target.closest("button, select")) return;
      select(card, true);
    });
    card.querySelectorAll("button[data-action]").forEach((button) => {
      button.addEventListener("mousedown", (event) => event.preventDefault()); // keep the text selection
      button.addEventListener("click", () => { select(card, false); act(card, button.dataset.action); });
    });
    card.querySelector("select.type").addEventListener("change", (event) => {
      select(card, false);
      decide(card, "type", { type: event.target.value });
    });
  });

  article.addEventListener("click", (event) => {
    if (!window.getSelection().isCollapsed) return;
    const segment = event.target.closest("[data-claims]");
    if (!segment) return;
    const indices = segment.dataset.claims.split(" ").map(Number);
    // Several claims can cover a word: clicking again cycles through them.
    const position = current ? indices.indexOf(Number(current.dataset.index)) : -1;
    selectIndex(indices[(position + 1) % indices.length]);
  });

  document.querySelectorAll(".jump").forEach((link) => {
    link.addEventListener("click", () => {
      const start = Number(link.dataset.start);
      const segment = Array.from(article.querySelectorAll("[data-s]")).find((node) => Number(node.dataset.s) >= start);
      if (segment) { segment.scrollIntoView({ block: "center" }); segment.animate([{ background: "#ffd33d" }, { background: "transparent" }], 1500); }
    });
  });

  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.target.matches("input, textarea")) return;
    if (event.target.matches("select") && event.key !== "Escape") return;
    const position = current ? cards.indexOf(current) : -1;
    const keys = { a: "accept", r: "reject", e: "span", s: "source", c: "cue" };
    if (event.key === "j") select(cards[Math.min(position + 1, cards.length - 1)], true);
    else if (event.key === "k") select(cards[Math.max(position - 1, 0)], true);
    else if (event.key === "t" && current) current.querySelector("select.type").focus();
    else if (event.key === "Escape" && current) current.focus();
    else if (keys[event.key]) act(current, keys[event.key]);
    else return;
    event.preventDefault();
  });

  const hash = location.hash.match(/^#c(\d+)$/);
  const saved = sessionStorage.getItem("claimspan-scroll");
  if (hash && document.getElementById("c" + hash[1])) select(document.getElementById("c" + hash[1]), saved === null);
  if (saved !== null) { document.querySelector(".article-pane").scrollTop = Number(saved); sessionStorage.removeItem("claimspan-scroll"); }
})();
