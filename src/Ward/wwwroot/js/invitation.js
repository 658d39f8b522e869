// The invitation token travels in the link's fragment, which browsers never send to the
// server, so it appears in no request line or access log. This copies it into the form, which
// posts it in the body, and removes it from the address bar.
(function () {
  var match = /(?:^#|&)t=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  var field = document.getElementById("invitation-token");
  if (match && field) {
    field.value = match[1];
    history.replaceState(null, "", window.location.pathname);
  }
})();
