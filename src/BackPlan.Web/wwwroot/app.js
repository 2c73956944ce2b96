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

// Automatic sign-out (Features/Account/IdleSignOut.cs). The server refuses a session left unused for
// data-idle-seconds; this warns data-warning-seconds before, counts down, and offers to stay signed in.
// Open tabs share the time of the last activity through localStorage, so a tab left alone does not sign
// out a user who works in another one.
(() => {
  const dialog = document.getElementById('idle-warning');
  if (!(dialog instanceof HTMLDialogElement)) {
    return;
  }

  const idle = Number(dialog.dataset.idleSeconds) * 1000;
  const warning = Number(dialog.dataset.warningSeconds) * 1000;
  const countdown = dialog.querySelector('[data-idle-countdown]');
  const key = 'backplan.last-activity';
  let timer = 0;
  let started = 0;

  const lastActivity = () => Math.max(Number(localStorage.getItem(key)) || 0, started);
  const touch = () => {
    started = Date.now();
    localStorage.setItem(key, String(started));
  };
  const format = (ms) => {
    const seconds = Math.max(0, Math.ceil(ms / 1000));
    return Math.floor(seconds / 60) + ':' + String(seconds % 60).padStart(2, '0');
  };

  const tick = () => {
    window.clearTimeout(timer);
    const left = lastActivity() + idle - Date.now();
    if (left <= 0) {
      // Whatever the answer (the session may have ended already, in another tab), the page then shows
      // the sign-in page with the reason.
      const form = dialog.querySelector('form[data-idle-sign-out]');
      fetch(form.action, { method: 'POST', body: new FormData(form), credentials: 'same-origin', redirect: 'manual' })
        .catch(() => undefined)
        .finally(() => window.location.assign(dialog.dataset.signedOut));
      return;
    }

    if (left > warning) {
      if (dialog.open) {
        dialog.close();
      }

      timer = window.setTimeout(tick, left - warning);
      return;
    }

    countdown.textContent = format(left);
    if (!dialog.open) {
      dialog.showModal();
    }

    timer = window.setTimeout(tick, Math.min(1000, left));
  };

  const stay = async () => {
    const answer = await fetch(dialog.dataset.keepAlive, { credentials: 'same-origin', cache: 'no-store', redirect: 'manual' });
    if (answer.ok) {
      touch();
      tick();
    } else {
      window.location.reload(); // signed out already (a redirect to sign in): the reload asks to sign in again
    }
  };
  dialog.querySelector('[data-idle-stay]').addEventListener('click', stay);
  // Escape would close the warning and leave the countdown running unseen: it means "stay" instead.
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    stay();
  });
  window.addEventListener('storage', (event) => {
    if (event.key === key) {
      tick();
    }
  });

  touch();
  tick();
})();
