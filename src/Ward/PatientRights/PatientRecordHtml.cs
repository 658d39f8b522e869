using System.Text;
using System.Text.Encodings.Web;

namespace Ward.PatientRights;

/// <summary>Renders a <see cref="PatientRecord"/> as one self-contained, readable HTML page;
/// every value is HTML-encoded.</summary>
internal static class PatientRecordHtml
{
    public static string Render(PatientRecord r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<title>Your records</title><style>body{font-family:sans-serif;max-width:")
            .Append("50rem;margin:auto;padding:1rem}table{border-collapse:collapse;width:100%}")
            .Append("td,th{border:1px solid #999;padding:.3rem;text-align:left}</style></head>")
            .Append("<body><h1>Your records at ").Append(E(r.PracticeName)).Append("</h1>")
            .Append("<p>Produced ").Append(E(Date(r.GeneratedAt))).Append(". Patient id ")
            .Append(E(r.Patient.Id)).Append(".</p>");
        Details(html, r.Patient);
        foreach (var c in r.Conversations)
        {
            html.Append("<h2>Conversation on ").Append(E(c.Channel)).Append(", since ")
                .Append(E(Date(c.Started))).Append("</h2>");
            Table(html, ["When", "From", "Text", "Delivery"], c.Messages.Select(m => new[]
            {
                Date(m.At), m.Direction == "in" ? "you" : "the practice",
                m.Text ?? "(erased)", m.DeliveryStatus ?? "",
            }));
        }

        html.Append("<h2>Your consent choices</h2>");
        Table(html, ["When", "Purpose", "Choice", "Channel", "Text shown"], r.Consents.Select(c =>
            new[] { Date(c.At), c.Purpose, c.Choice, c.Channel, c.TextShown }));
        html.Append("<h2>Who opened your records</h2>");
        Table(html, ["When", "Who", "What", "Why"], r.AccessLog.Select(a =>
            new[] { Date(a.At), $"{a.ActorType} {a.ActorId}", $"{a.Action} {a.Resource}", a.Purpose }));
        return html.Append("</body></html>").ToString();
    }

    private static void Details(StringBuilder html, PatientDetails p)
    {
        html.Append("<h2>Your details</h2>");
        Table(html, ["Item", "Value"],
        [
            ["Phone", p.Phone ?? "(none held)"], ["Name", p.Name ?? "(none held)"],
            ["Date of birth", p.DateOfBirth ?? "(none held)"],
            ["First contact", Date(p.FirstContact)],
            ["Erased", p.ErasedAt is { } at ? Date(at) : "no"],
        ]);
    }

    private static void Table(StringBuilder html, string[] head, IEnumerable<string[]> rows)
    {
        html.Append("<table><thead><tr>");
        foreach (var h in head)
        {
            html.Append("<th scope=\"col\">").Append(E(h)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append("<td>").Append(E(cell)).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table>");
    }

    private static string Date(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);

    private static string E(string text) => HtmlEncoder.Default.Encode(text);
}
