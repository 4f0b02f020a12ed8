// Counts Content-Security-Policy violations on the strict-CSP demo page and
// lists them, so a person sees them and a test can read the count
// (#csp-violations). A classic script in <head>: it listens before the
// widget's module script runs. It writes with textContent only, so it needs
// no Trusted Types policy of its own.
(function () {
  'use strict';
  var violations = [];

  function describe(event) {
    var where = event.sourceFile ? ' (' + event.sourceFile + ':' + event.lineNumber + ')' : '';
    var sample = event.sample ? ' “' + event.sample + '”' : '';
    return event.effectiveDirective + ': ' + (event.blockedURI || 'inline') + sample + where;
  }

  function render() {
    var count = document.getElementById('csp-violations');
    var list = document.getElementById('csp-violation-list');
    if (!count || !list) return;
    count.textContent = String(violations.length);
    count.classList.toggle('has-violations', violations.length > 0);
    while (list.childElementCount < violations.length) {
      var item = document.createElement('li');
      item.textContent = violations[list.childElementCount];
      list.appendChild(item);
    }
  }

  // Violations bubble and are composed, so those inside a shadow root arrive here too.
  document.addEventListener(
    'securitypolicyviolation',
    function (event) {
      violations.push(describe(event));
      render();
    },
    true
  );
  document.addEventListener('DOMContentLoaded', render);
})();
