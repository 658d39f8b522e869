using System.Text.RegularExpressions;
using Ward.Access;
using Microsoft.Extensions.DependencyInjection;
using Ward.Hosting;
using Ward.PatientRights;
using Ward.Practices;
using Ward.Host.Tests.Support;

namespace Ward.Host.Tests.Portal;

/// <summary>Puts a patient on file with a date of birth, and reads the codes Ward texts, from
/// the SMS provider's stand-in.</summary>
internal static partial class PortalCodes
{
    public static async Task<string> AddPatientAsync(WardTestServer ward, string practiceId,
        string phone, DateOnly dob)
    {
        var core = ward.App.Services.GetRequiredService<WardCore>();
        var practice = ward.App.Services.GetRequiredService<PracticeDirectory>().ById(practiceId)!;
        await using var db = core.Database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var (id, _) = await new PatientFile(db, practice, core.PracticeKeys, core.Time)
            .SetDateOfBirthAsync(null, phone, dob, Principal.System, core.Audit, "test",
                CancellationToken.None);
        await transaction.CommitAsync();
        return id;
    }

    /// <summary>The texts of portal codes sent to <paramref name="phone"/>.</summary>
    public static IReadOnlyList<string> TextsTo(WardTestServer ward, string phone, int skip = 0) =>
        [.. ward.Providers.Requests.Skip(skip).Where(r => r.Kind == "sms"
            && r.Body.Contains("To=" + Uri.EscapeDataString(phone), StringComparison.Ordinal)
            && r.Body.Contains("code", StringComparison.Ordinal))
            .Select(r => Uri.UnescapeDataString(r.Body.Replace('+', ' ')))];

    public static async Task<string> WaitForCodeAsync(WardTestServer ward, string phone, int skip)
    {
        var until = DateTimeOffset.UtcNow.AddSeconds(10);
        while (DateTimeOffset.UtcNow < until)
        {
            if (TextsTo(ward, phone, skip) is [.., var text])
            {
                return SixDigits().Match(text).Value;
            }

            await Task.Delay(25);
        }

        throw new TimeoutException("No portal code was texted.");
    }

    [GeneratedRegex(@"(?<![0-9])[0-9]{6}(?![0-9])")]
    private static partial Regex SixDigits();
}
