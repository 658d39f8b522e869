using System.Text;
using Ward.Compliance.Consent;
using static Ward.Portal.PortalHtml;

namespace Ward.Portal;

/// <summary>
/// The portal's pages: the two steps of the identity check, the chat, and plain notices. Each
/// works as a plain form post; the chat page's script only adds live updates on top.
/// </summary>
internal static class PortalPages
{
    public static string AskPhone(PortalPageContext page, string? then, PortalFormError? error) =>
        Layout(page, "<section class=\"card\"><h2>Confirm it is you</h2>"
            + "<p>We will text a code to the mobile number the practice has on file for you.</p>"
            + Form(page, "/code", "ask-code", Hidden("then", then)
                + Field("phone", "Your mobile number",
                    "type=\"tel\" autocomplete=\"tel\" inputmode=\"tel\" required", error)
                + "<button type=\"submit\">Text me a code</button>")
            + "</section>");

    public static string AskCode(PortalPageContext page, string? then, PortalFormError? error) =>
        Layout(page, "<section class=\"card\"><h2>Enter your code</h2>"
            + "<p>If this number is on file with the practice, a 6-digit code is on its way. "
            + "It expires in 10 minutes.</p>"
            + Form(page, "/verify", "verify", Hidden("then", then)
                + Field("code", "Code from the text message", "inputmode=\"numeric\" "
                    + "autocomplete=\"one-time-code\" maxlength=\"6\" pattern=\"[0-9]{6}\" "
                    + "required",
                    error)
                + Field("dob", "Your date of birth", "type=\"date\" required", error)
                + "<button type=\"submit\">Continue</button>")
            + $"<p><a href=\"{E(page.Root)}\">Use another number</a></p>"
            + "</section>");

    public static string Chat(PortalPageContext page, PortalView view, string nonce,
        PortalFormError? error, string? typed)
    {
        var last = view.Messages.Count == 0 ? 0 : view.Messages[^1].AtMs;
        var text = new StringBuilder(4096);
        text.Append(ConsentPrompt(page, view));
        if (view.Linked is { } linked)
        {
            text.Append("<section class=\"card linked\" id=\"linked\"><h2>Secure message</h2><p>")
                .Append(E(linked.Text)).Append("</p>").Append(Time(linked.AtMs, page.TimeZone))
                .Append("</section>");
        }

        text.Append("<ol id=\"thread\" aria-live=\"polite\" data-poll=\"").Append(E(page.Root))
            .Append("/thread\" data-after=\"").Append(last).Append("\">");
        foreach (var message in view.Messages)
        {
            text.Append(Bubble(message, page.TimeZone));
        }

        text.Append("</ol>").Append(SendForm(page, nonce, error, typed))
            .Append(Form(page, "/sign-out", "sign-out",
                "<button type=\"submit\" class=\"link\">Sign out</button>"));
        return Layout(page, text.ToString(), script: true);
    }

    public static string Notice(PortalPageContext page, string heading, string message) =>
        Layout(page, $"<section class=\"card\"><h2>{E(heading)}</h2><p>{E(message)}</p>"
            + $"<p><a href=\"{E(page.Root)}\">Back to your messages</a></p></section>");

    private static string Bubble(PortalMessage message, string timeZone) =>
        $"<li class=\"msg {(message.Direction == "in" ? "in" : "out")}\" "
        + $"data-id=\"{E(message.Id)}\"><p>{E(message.Text)}</p>"
        + $"{Time(message.AtMs, timeZone)}</li>";

    private static string SendForm(PortalPageContext page, string nonce, PortalFormError? error,
        string? typed) => Form(page, "/messages", "send", Hidden("nonce", nonce)
        + "<label for=\"text\">Your message</label>"
        + "<textarea id=\"text\" name=\"text\" rows=\"3\" "
        + $"maxlength=\"{PortalRules.MaxMessageChars}\""
        + (error is null ? "" : " aria-invalid=\"true\" aria-describedby=\"text-error\"")
        + $">{E(typed)}</textarea>" + ErrorFor("text", error?.Text)
        + "<p class=\"hint\">In an emergency, call your local emergency number.</p>"
        + "<button type=\"submit\">Send</button>");

    private static string ConsentPrompt(PortalPageContext page, PortalView view)
    {
        if (view.Consent == ConsentChoice.Granted)
        {
            return "";
        }

        var text = PortalConsentText.For(view.Language, page.PracticeName);
        var note = view.Consent is null ? "" : "<p class=\"hint\">You chose not to get replies "
            + "here. An emergency is always answered.</p>";

        return $"<section class=\"card consent\" id=\"consent\" lang=\"{E(text.Language)}\">"
            + note + $"<p>{E(text.Question)}</p>" + Form(page, "/consent", "consent-form",
                $"<button type=\"submit\" name=\"choice\" value=\"granted\">{E(text.Yes)}</button>"
                + "<button type=\"submit\" name=\"choice\" value=\"withdrawn\" "
                + "class=\"secondary\">"
                + $"{E(text.No)}</button>")
            + "</section>";
    }
}
