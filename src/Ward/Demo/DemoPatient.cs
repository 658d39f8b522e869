using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Ward.Access;
using Ward.Hosting;
using Ward.PatientRights;
using Ward.Practices;

namespace Ward.Demo;

/// <summary>
/// The demo's one patient with a date of birth on file, so that the portal's identity check can
/// be tried at once. The number and the date are made up (555-01xx numbers are reserved for
/// fiction) and are printed to the terminal only, never logged.
/// </summary>
internal static class DemoPatient
{
    public const string Phone = "+15550100123";
    public static readonly DateOnly DateOfBirth = new(1980, 4, 12);
    private const string Practice = "ward-demo";

    public static async Task SeedAsync(WebApplication app, CancellationToken cancellationToken)
    {
        var core = app.Services.GetRequiredService<WardCore>();
        var practice = app.Services.GetRequiredService<PracticeDirectory>().ById(Practice)
            ?? throw new InvalidOperationException("The demo practice is not loaded.");
        await using var db = core.Database.CreateContext();
        var index = practice.Keys.Index.Compute(PracticeFields.PhoneIndexDomain, Phone);
        var onFile = await db.Patients.AnyAsync(p => p.PracticeId == Practice
            && p.PhoneIndex == index && p.DateOfBirthCipher != null, cancellationToken);
        if (onFile)
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await new PatientFile(db, practice, core.PracticeKeys, core.Time).SetDateOfBirthAsync(
            null, Phone, DateOfBirth, Principal.System, core.Audit, "demo", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public static void PrintPortal(string url)
    {
        var dob = DateOfBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Console.WriteLine($"""
            The patient portal: open {url}/portal/{Practice} and sign in as the demo patient
            with the number {Phone} and the date of birth {dob}; the texted code shows in
            the sandbox at {url}/sandbox/sent.

            """);
    }
}
