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
        Layout(page, $"<section class=\"card\"><h2>{E(page.Words.ConfirmHeading)}</h2>"
            + $"<p>{E(page.Words.ConfirmIntro)}</p>"
            + Form(page, "/code", "ask-code", Hidden("then", then)
                + Field(page, "phone", page.Words.PhoneLabel,
                    "type=\"tel\" autocomplete=\"tel\" inputmode=\"tel\" required", error)
                + $"<button type=\"submit\">{E(page.Words.SendCode)}</button>")
            + "</section>");

    public static string AskCode(PortalPageContext page, string? then, PortalFormError? error) =>
        Layout(page, $"<section class=\"card\"><h2>{E(page.Words.CodeHeading)}</h2>"
            + $"<p>{E(page.Words.CodeIntro)}</p>"
            + Form(page, "/verify", "verify", Hidden("then", then)
                + Field(page, "code", page.Words.CodeLabel, "inputmode=\"numeric\" "
                    + "autocomplete=\"one-time-code\" maxlength=\"6\" pattern=\"[0-9]{6}\" "
                    + "required",
                    error)
                + Field(page, "dob", page.Words.BirthLabel, "type=\"date\" required", error)
                + $"<button type=\"submit\">{E(page.Words.Continue)}</button>")
            + $"<p><a href=\"{E(page.Root)}\">{E(page.Words.OtherNumber)}</a></p>"
            + "</section>");

    public static string Chat(PortalPageContext page, PortalView view, string nonce,
        PortalFormError? error, string? typed)
    {
        var last = view.Messages.Count == 0 ? 0 : view.Messages[^1].AtMs;
        var text = new StringBuilder(4096);
        text.Append(ConsentPrompt(page, view));
        if (view.Linked is { } linked)
        {
            text.Append("<section class=\"card linked\" id=\"linked\"><h2>")
                .Append(E(page.Words.SecureMessage)).Append("</h2><p>")
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
                $"<button type=\"submit\" class=\"link\">{E(page.Words.SignOut)}</button>"));
        return Layout(page, text.ToString(), script: true);
    }

    public static string Notice(PortalPageContext page, string heading, string message) =>
        Layout(page, $"<section class=\"card\"><h2>{E(heading)}</h2><p>{E(message)}</p>"
            + $"<p><a href=\"{E(page.Root)}\">{E(page.Words.Back)}</a></p></section>");

    private static string Bubble(PortalMessage message, string timeZone) =>
        $"<li class=\"msg {(message.Direction == "in" ? "in" : "out")}\" "
        + $"data-id=\"{E(message.Id)}\"><p>{E(message.Text)}</p>"
        + $"{Time(message.AtMs, timeZone)}</li>";

    private static string SendForm(PortalPageContext page, string nonce, PortalFormError? error,
        string? typed) => Form(page, "/messages", "send", Hidden("nonce", nonce)
        + $"<label for=\"text\">{E(page.Words.MessageLabel)}</label>"
        + "<textarea id=\"text\" name=\"text\" rows=\"3\" "
        + $"maxlength=\"{PortalRules.MaxMessageChars}\""
        + (error is null ? "" : " aria-invalid=\"true\" aria-describedby=\"text-error\"")
        + $">{E(typed)}</textarea>"
        + ErrorFor("text", error is null ? null : page.Words.Say(error))
        + $"<p class=\"hint\">{E(page.Words.EmergencyHint)}</p>"
        + $"<button type=\"submit\">{E(page.Words.Send)}</button>");

    private static string ConsentPrompt(PortalPageContext page, PortalView view)
    {
        if (view.Consent == ConsentChoice.Granted)
        {
            return "";
        }

        var text = PortalConsentText.For(view.Language, page.PracticeName);
        var note = view.Consent is null ? ""
            : $"<p class=\"hint\">{E(page.Words.NoReplies)}</p>";

        return $"<section class=\"card consent\" id=\"consent\" lang=\"{E(text.Language)}\">"
            + note + $"<p>{E(text.Question)}</p>" + Form(page, "/consent", "consent-form",
                $"<button type=\"submit\" name=\"choice\" value=\"granted\">{E(text.Yes)}</button>"
                + "<button type=\"submit\" name=\"choice\" value=\"withdrawn\" "
                + "class=\"secondary\">"
                + $"{E(text.No)}</button>")
            + "</section>";
    }
}
