// Warns before the session times out and offers to stay signed in (GOV.UK pattern). Without JavaScript the
// session still times out; the sign-in page then says so.
(function () {
  var box = document.getElementById('session-timeout');
  if (!box) { return; }
  var seconds = parseInt(box.getAttribute('data-timeout'), 10);
  if (!(seconds > 0)) { return; }
  var warnBefore = Math.min(300, Math.floor(seconds / 2));
  var warnTimer, endTimer;
  function schedule() {
    clearTimeout(warnTimer);
    clearTimeout(endTimer);
    warnTimer = setTimeout(function () {
      box.hidden = false;
      var button = document.getElementById('session-timeout-stay');
      if (button) { button.focus(); }
    }, (seconds - warnBefore) * 1000);
    endTimer = setTimeout(function () {
      window.location.href = '/sign-in?timedOut';
    }, seconds * 1000);
  }
  document.getElementById('session-timeout-stay').addEventListener('click', function () {
    fetch('/session/keep-alive', {credentials: 'same-origin'}).then(function (response) {
      if (response.ok) { box.hidden = true; schedule(); } else { window.location.href = '/sign-in?timedOut'; }
    });
  });
  schedule();
})();
