/** "Copy the code" for embed snippets: shown only where the clipboard can be written. */
if (navigator.clipboard) {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const text = document.getElementById(button.dataset.copy ?? '')?.textContent ?? '';
      try {
        await navigator.clipboard.writeText(text);
        // The words, in the page's language, come with the button (src/components/EmbedShare.astro).
        button.textContent = button.dataset.copied ?? 'Copied';
      } catch {
        button.textContent = button.dataset.copyFailed ?? 'Select the code and copy it';
      }
    });
  }
}
