// "Copier" buttons: <button data-copy="id-of-a-field" data-copied="Copié" data-fallback="…">. Without the clipboard API
// (or when it refuses, e.g. in a frame or over plain http), the text is selected so the visitor copies it by hand.
// Without JavaScript the buttons stay hidden and the read-only field is there to select.
for (const button of document.querySelectorAll('button[data-copy]')) {
  const field = document.getElementById(button.dataset.copy);
  const status = document.querySelector(`[data-copy-status="${button.dataset.copy}"]`);
  if (!field) continue;
  button.hidden = false;
  button.addEventListener('click', async () => {
    let copied = false;
    try {
      if (navigator.clipboard && window.isSecureContext) {
        await navigator.clipboard.writeText(field.value);
        copied = true;
      }
    } catch { /* refused: select the text instead */ }
    if (!copied) {
      field.focus();
      field.select();
      try { copied = document.execCommand('copy'); } catch { copied = false; }
    }
    if (status) status.textContent = copied ? button.dataset.copied : button.dataset.fallback;
    button.classList.toggle('is-done', copied);
  });
}
