// Radios that reveal their follow-up questions when chosen, as GOV.UK Frontend's conditional reveals do, but without
// the aria-expanded that GOV.UK's script puts on each radio: ARIA does not allow it on a radio (axe's aria-allowed-attr;
// alphagov/govuk-frontend#979). The revealed fields follow their radio in the reading order, and aria-controls names
// them. Without this script every question shows, and the server reads only the chosen kind's.
for (const group of document.querySelectorAll('[data-rehab-reveals]')) {
  const radios = [...group.querySelectorAll('input[type="radio"][data-rehab-controls]')];
  const sync = () => {
    for (const radio of radios) {
      document.getElementById(radio.dataset.rehabControls)?.classList.toggle('govuk-radios__conditional--hidden', !radio.checked);
    }
  };
  for (const radio of radios) {
    radio.setAttribute('aria-controls', radio.dataset.rehabControls);
  }
  // A radio's change event fires only on the one chosen: sync them all, so the last choice's questions hide again.
  group.addEventListener('change', sync);
  sync();
}
