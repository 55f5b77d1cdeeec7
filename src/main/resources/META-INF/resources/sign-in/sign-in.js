// Says why the sign-in page is shown: a refused attempt, a sign-out, or a session that ended.
(function () {
  'use strict';
  const query = new URLSearchParams(location.search);
  const message = document.getElementById('message');
  if (query.has('failed')) {
    message.textContent = 'That user name and password were not accepted.';
    message.className = 'error';
  } else if (query.has('signed-out')) {
    message.textContent = 'Signed out.';
  } else if (query.has('expired')) {
    message.textContent = 'Your session ended; sign in again.';
  }
})();
