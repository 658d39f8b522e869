using System.CommandLine;
using Ward.Ingest;

namespace Ward.Cli;

/// <summary>Names one patient by id or by phone number (E.164); exactly one of the two.</summary>
internal sealed class PatientOptions
{
    public Option<string?> Patient { get; } = new("--patient") { Description = "The patient id." };

    public Option<string?> Phone { get; } = new("--phone")
    {
        Description = "The patient's number in E.164 form, e.g. +15550100123.",
    };

    public (string? Id, string? Phone) Read(ParseResult result)
    {
        var id = result.GetValue(Patient);
        var phone = result.GetValue(Phone);
        if ((id is null) == (phone is null))
        {
            throw new CliException("Name the patient with either --patient ID or --phone NUMBER.");
        }

        if (phone is null)
        {
            return (id, null);
        }

        // Written as people write numbers ("+1 555-010-0123"), stored as E.164.
        var digits = new string([.. phone.Where(c => char.IsAsciiDigit(c) || c == '+')]);
        if (!digits.StartsWith('+') || !PhoneAddress.TryNormalise(digits, out var e164, out _))
        {
            throw new CliException("--phone must be a number in international form, starting "
                + "with + and the country code, such as +15550100123.");
        }

        return (null, e164);
    }
}
