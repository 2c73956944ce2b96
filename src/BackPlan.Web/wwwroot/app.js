// BackPlan's own script, loaded on every page. The Content-Security-Policy allows no inline script
// (Platform/SecurityHeaders.cs), so behaviour that would have been an onclick attribute lives here.
document.addEventListener('click', (event) => {
  if (event.target instanceof Element && event.target.closest('[data-print]')) {
    window.print();
  }
});

// Examination: region and side follow the chosen finding (each option's data-region and data-side:
// "no" disables the field, "required" requires it). Without script every field stays usable and the
// server checks the choice.
document.addEventListener('change', (event) => {
  const select = event.target;
  if (!(select instanceof HTMLSelectElement) || !select.hasAttribute('data-sets-region-side')) {
    return;
  }

  const option = select.options[select.selectedIndex];
  for (const name of ['region', 'side']) {
    const field = select.form.elements[name];
    const applies = option.getAttribute('data-' + name);
    field.disabled = applies === 'no';
    field.required = applies === 'required';
  }
});
