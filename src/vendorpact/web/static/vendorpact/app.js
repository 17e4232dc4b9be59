// Behaviour that would otherwise need inline handlers, which the Content-Security-Policy forbids.
// - <select data-autosubmit>: submit its form when the choice changes;
// - <form data-confirm="question">: ask before submitting;
// - <button data-copy="id1 id2" data-done="Copied">: copy the text of those elements;
// - <button data-menu-toggle>: the collapsed menu on a phone (see below).
"use strict";

document.addEventListener("change", (event) => {
  const select = event.target.closest("select[data-autosubmit]");
  if (select && select.form) select.form.submit();
});

document.addEventListener("submit", (event) => {
  const form = event.target.closest("form[data-confirm]");
  if (form && !window.confirm(form.dataset.confirm)) event.preventDefault();
});

function textOf(id) {
  const element = document.getElementById(id);
  if (!element) return "";
  return "value" in element ? element.value : element.textContent;
}

document.addEventListener("click", (event) => {
  const button = event.target.closest("button[data-copy]");
  if (!button) return;
  const text = button.dataset.copy.split(" ").map(textOf).join("\n\n");
  navigator.clipboard.writeText(text).then(() => {
    if (button.dataset.done) button.textContent = button.dataset.done;
  });
});

// - <button data-menu-toggle aria-controls="id">: show or hide the menu on a narrow screen.
document.addEventListener("click", (event) => {
  const button = event.target.closest("button[data-menu-toggle]");
  if (!button) return;
  const menu = document.getElementById(button.getAttribute("aria-controls"));
  const open = button.getAttribute("aria-expanded") !== "true";
  button.setAttribute("aria-expanded", String(open));
  menu.classList.toggle("open", open);
});

// A table or card wider than its box scrolls inside it; keyboard users reach it with Tab.
function markScrollableBoxes() {
  for (const box of document.querySelectorAll("main table, main .card, main .scroll-box")) {
    if (box.scrollWidth > box.clientWidth + 1) box.setAttribute("tabindex", "0");
    else if (box.getAttribute("tabindex") === "0") box.removeAttribute("tabindex");
  }
}
document.addEventListener("DOMContentLoaded", markScrollableBoxes);
window.addEventListener("resize", markScrollableBoxes);
document.addEventListener("htmx:afterSettle", markScrollableBoxes);
