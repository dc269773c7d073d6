// Runs inline in <head> before first paint so a dark theme or large text never flashes the
// defaults. Its exact bytes are hashed into the CSP by astro.config.mjs. Keep it tiny and ES5-safe.
(function () {
  try {
    var s = JSON.parse(localStorage.getItem('lxyz:v1:settings') || 'null');
    if (s && s.version === 1) {
      var d = document.documentElement;
      if (s.theme === 'light' || s.theme === 'dark') d.setAttribute('data-theme', s.theme);
      if (typeof s.fontStep === 'number') d.setAttribute('data-font-step', String(s.fontStep));
      // Lets the home page reserve the chosen-role layout before its island runs (no layout shift).
      if (typeof s.role === 'string') d.setAttribute('data-has-role', '');
    }
  } catch (e) {}
})();
