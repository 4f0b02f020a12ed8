// The language switch: sets `lang` on the page, as a site's own switch would;
// every widget follows the page's language without fetching its feed again.
for (const radio of document.querySelectorAll('input[name="lang"]')) {
  radio.addEventListener('change', () => {
    if (radio.checked) document.documentElement.lang = radio.value;
  });
}
