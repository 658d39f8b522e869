namespace Ward.Portal;

/// <summary>
/// The portal's style sheet and script, served from Ward itself so that the pages need no
/// inline code (a strict content security policy holds) and no third-party host. The script
/// only improves the page: without it every form still posts and the page still reloads.
/// </summary>
internal static class PortalAssets
{
    public const string Css = """
        *{box-sizing:border-box}
        body{margin:0;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
          background:#f3f5f7;color:#1b1f23}
        header{background:#0b5cad;color:#fff;padding:.75rem 1rem}
        header h1{font-size:1.1rem;margin:0}header p{margin:0;opacity:.85;font-size:.85rem}
        main{max-width:40rem;margin:0 auto;padding:1rem}
        .card{background:#fff;border-radius:.75rem;padding:1rem;margin-bottom:1rem;
          box-shadow:0 1px 2px rgba(0,0,0,.08)}
        .card h2{font-size:1.05rem;margin:0 0 .5rem}
        label{display:block;font-weight:600;margin:.75rem 0 .25rem}
        input,textarea{width:100%;font:inherit;padding:.6rem;border:1px solid #9aa5b1;
          border-radius:.5rem;background:#fff}
        input[aria-invalid],textarea[aria-invalid]{border-color:#b00020}
        .error{color:#b00020;margin:.25rem 0 0;min-height:0;font-size:.9rem}
        .error:empty{display:none}
        .hint{color:#52606d;font-size:.85rem;margin:.5rem 0}
        button{font:inherit;font-weight:600;margin-top:.75rem;padding:.6rem 1.2rem;border:0;
          border-radius:.5rem;background:#0b5cad;color:#fff;min-height:44px}
        button.secondary{background:#e4e7eb;color:#1b1f23;margin-left:.5rem}
        button.link{background:none;color:#0b5cad;padding:0;min-height:0;font-weight:400}
        #thread{list-style:none;margin:0 0 1rem;padding:0;display:flex;flex-direction:column;
          gap:.5rem}
        .msg{max-width:85%;padding:.5rem .75rem;border-radius:1rem;white-space:pre-wrap;
          overflow-wrap:anywhere}
        .msg p{margin:0}.msg time{display:block;font-size:.75rem;opacity:.7;margin-top:.2rem}
        .msg.in{align-self:flex-end;background:#0b5cad;color:#fff;border-bottom-right-radius:.25rem}
        .msg.out{align-self:flex-start;background:#fff;border-bottom-left-radius:.25rem;
          box-shadow:0 1px 2px rgba(0,0,0,.08)}
        .linked{border-left:4px solid #0b5cad}
        #send{position:sticky;bottom:0;background:#f3f5f7;padding-bottom:.5rem}
        """;

    public const string Script = """
        (function () {
          "use strict";
          var thread = document.getElementById("thread");
          var form = document.getElementById("send");
          if (!thread || !form || !window.fetch) { return; }
          var after = Number(thread.getAttribute("data-after")) || 0;
          var seen = {};
          Array.prototype.forEach.call(thread.querySelectorAll("li[data-id]"), function (li) {
            seen[li.getAttribute("data-id")] = true;
          });
          var error = document.getElementById("text-error");
          var box = document.getElementById("text");

          function add(m) {
            after = Math.max(after, m.at);
            if (seen[m.id]) { return; }
            seen[m.id] = true;
            var li = document.createElement("li");
            li.className = "msg " + (m.direction === "in" ? "in" : "out");
            li.setAttribute("data-id", m.id);
            var p = document.createElement("p");
            p.textContent = m.text;
            var t = document.createElement("time");
            t.dateTime = new Date(m.at).toISOString();
            t.textContent = new Date(m.at).toLocaleString([], { day: "numeric", month: "short",
              hour: "2-digit", minute: "2-digit" });
            li.appendChild(p);
            li.appendChild(t);
            thread.appendChild(li);
            li.scrollIntoView({ block: "end" });
          }

          function poll() {
            return fetch(thread.getAttribute("data-poll") + "?after=" + after, {
              credentials: "same-origin", headers: { "Accept": "application/json" }
            }).then(function (r) { return r.ok ? r.json() : null; })
              .then(function (d) { if (d) { d.messages.forEach(add); } })
              .catch(function () { });
          }

          form.addEventListener("submit", function (e) {
            e.preventDefault();
            var data = new FormData(form);
            fetch(form.action, {
              method: "POST", body: data, credentials: "same-origin",
              headers: { "Accept": "application/json" }
            }).then(function (r) {
              return r.json().then(function (j) { return { ok: r.ok, body: j }; });
            }).then(function (res) {
              if (res.ok) {
                box.value = "";
                box.removeAttribute("aria-invalid");
                error.textContent = "";
                form.querySelector("input[name=nonce]").value = res.body.nonce;
                poll();
              } else {
                error.textContent = res.body.error;
                box.setAttribute("aria-invalid", "true");
              }
            }).catch(function () { form.submit(); });
          });

          setInterval(poll, 3000);
        })();
        """;
}
