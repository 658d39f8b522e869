using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Ward.Portal;

/// <summary>Small pieces of HTML shared by the portal's pages. Every value that came from a
/// person or the database passes through <see cref="E"/>.</summary>
internal static class PortalHtml
{
    // Every script is let through as itself (Cyrillic, Greek, Arabic...); markup characters
    // are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string E(string? value) => Encoder.Encode(value ?? "");

    public static string Layout(PortalPageContext page, string main, bool script = false)
    {
        var text = new StringBuilder(2048);
        text.Append("<!doctype html>\n<html lang=\"").Append(page.Words.Language)
            .Append("\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<meta name=\"referrer\" content=\"no-referrer\">")
            .Append("<title>").Append(E(page.Words.SecureMessages)).Append(" · ")
            .Append(E(page.PracticeName)).Append("</title>")
            .Append("<link rel=\"stylesheet\" href=\"").Append(E(page.Assets))
            .Append("/portal.css\"></head><body><header><h1>").Append(E(page.PracticeName))
            .Append("</h1><p>").Append(E(page.Words.SecureMessages)).Append("</p></header><main>")
            .Append(main).Append("</main>");
        if (script)
        {
            text.Append("<script src=\"").Append(E(page.Assets))
                .Append("/chat.js\" defer></script>");
        }

        return text.Append("</body></html>").ToString();
    }

    public static string Form(PortalPageContext page, string action, string id, string inner) =>
        $"<form method=\"post\" action=\"{E(page.Root + action)}\" id=\"{id}\">"
        + $"<input type=\"hidden\" name=\"{E(page.FormField)}\" value=\"{E(page.FormToken)}\">"
        + inner + "</form>";

    public static string Hidden(string name, string? value) => value is null ? ""
        : $"<input type=\"hidden\" name=\"{name}\" value=\"{E(value)}\">";

    /// <summary>An input with its label and, beside it, the error for that field.</summary>
    public static string Field(PortalPageContext page, string name, string label,
        string attributes, PortalFormError? error)
    {
        var message = error?.Field == name ? page.Words.Say(error) : null;
        var invalid = message is null ? ""
            : $" aria-invalid=\"true\" aria-describedby=\"{name}-error\"";
        return $"<label for=\"{name}\">{E(label)}</label>"
            + $"<input id=\"{name}\" name=\"{name}\" {attributes}{invalid}>"
            + ErrorFor(name, message);
    }

    public static string ErrorFor(string name, string? message) =>
        $"<p class=\"error\" id=\"{name}-error\" role=\"alert\">{E(message)}</p>";

    public static string Time(long atMs, string timeZone)
    {
        var at = DateTimeOffset.FromUnixTimeMilliseconds(atMs);
        try
        {
            at = TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById(timeZone));
        }
        catch (TimeZoneNotFoundException)
        {
            // The practice file's zone is checked on import; a machine without tz data shows UTC.
        }

        var iso = DateTimeOffset.FromUnixTimeMilliseconds(atMs).ToString("O",
            System.Globalization.CultureInfo.InvariantCulture);
        var shown = at.ToString("d MMM HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        return $"<time datetime=\"{iso}\">{E(shown)}</time>";
    }
}
