// Behaviour that would otherwise need inline handlers, which the Content-Security-Policy forbids.
// - <select data-autosubmit>: submit its form when the choice changes;
// - <form data-confirm="question">: ask before submitting;
// - <button data-copy="id1 id2" data-done="Copied">: copy the text of those elements.
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
