using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Ward.Hosting;
using Ward.Ingest;
using Ward.PatientRights;
using Ward.Practices;
using Ward.Storage;
using Ward.Storage.Audit;
using Ward.Storage.Entities;

namespace Ward.Portal;

/// <summary>
/// The portal's identity check, step two: the texted code and the date of birth on file. Every
/// try counts, right or wrong, and a challenge allows five. A number that is not on file can
/// never pass, and fails exactly as a wrong code does. Success opens a session for thirty days.
/// </summary>
internal sealed class PortalVerifier(WardCore core, ILogger<PortalVerifier> logger)
{
    public async Task<VerifyOutcome> VerifyAsync(PracticeContext practice, string? challengeId,
        string? code, string? dateOfBirth, CancellationToken cancellationToken)
    {
        var input = CheckInput(code, dateOfBirth, out var birth);
        if (input is not null)
        {
            return new(null, input);
        }

        var now = core.Time.GetUtcNow().ToUnixTimeMilliseconds();
        await using var db = core.Database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var challenge = challengeId is null ? null : await db.PortalChallenges.SingleOrDefaultAsync(
            c => c.Id == challengeId && c.PracticeId == practice.Id, cancellationToken);
        if (!Usable(challenge, now, out var spent))
        {
            return spent;
        }

        challenge.Attempts++;
        var (failure, patient) = await JudgeAsync(db, practice, challenge, code!, birth,
            cancellationToken);
        string? token = null;
        if (failure is null)
        {
            challenge.UsedAtMs = now;
            token = PortalSecrets.NewToken();
            db.PortalSessions.Add(NewSession(practice, patient!, token, now));
        }

        await core.Audit.AppendAsync(db, [Audit(practice, challenge, patient, failure)],
            cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Outcome(practice, challenge, token, failure);
    }

    /// <summary>Whether the challenge can take a try; if not, why (used, expired, or out of
    /// tries).</summary>
    private static bool Usable([NotNullWhen(true)] PortalChallengeRow? challenge, long now,
        out VerifyOutcome spent)
    {
        var used = challenge is not null && challenge.Attempts >= PortalRules.MaxAttempts;
        spent = new(null, new PortalFormError("code", used ? PortalProblem.TooManyTries
            : PortalProblem.CodeExpired), StartOver: true);
        return challenge is not null && !used && challenge.UsedAtMs is null
            && challenge.ExpiresAtMs > now;
    }

    private VerifyOutcome Outcome(PracticeContext practice, PortalChallengeRow challenge,
        string? token, string? failure)
    {
        if (failure is null)
        {
            PortalLog.Verified(logger, practice.Id);
            return new(token, null);
        }

        PortalLog.VerifyFailed(logger, practice.Id, failure);
        var left = PortalRules.MaxAttempts - challenge.Attempts;
        if (left <= 0)
        {
            return new(null, new PortalFormError("code", PortalProblem.TooManyTries),
                StartOver: true);
        }

        return failure switch
        {
            "date-of-birth" => new(null,
                new PortalFormError("dob", PortalProblem.WrongDateOfBirth, left)),
            "no-date-of-birth" => new(null,
                new PortalFormError("dob", PortalProblem.NoDateOfBirth)),
            _ => new(null, new PortalFormError("code", PortalProblem.WrongCode, left)),
        };
    }

    private static PortalFormError? CheckInput(string? code, string? dateOfBirth,
        out DateOnly birth)
    {
        birth = default;
        var digits = (code ?? "").Trim();
        if (digits.Length != PortalRules.CodeDigits || !digits.All(char.IsAsciiDigit))
        {
            return new PortalFormError("code", PortalProblem.BadCode);
        }

        if (!DateOnly.TryParseExact((dateOfBirth ?? "").Trim(), "yyyy-MM-dd",
            CultureInfo.InvariantCulture, DateTimeStyles.None, out birth)
            || birth.Year < 1900)
        {
            return new PortalFormError("dob", PortalProblem.BadDateOfBirth);
        }

        return null;
    }

    /// <summary>Null when the code and the date of birth both match; else the reason.</summary>
    private static async Task<(string? Failure, PatientRow? Patient)> JudgeAsync(WardDbContext db,
        PracticeContext practice, PortalChallengeRow challenge, string code, DateOnly birth,
        CancellationToken cancellationToken)
    {
        var codeMatches = PortalSecrets.SameHash(challenge.CodeHash,
            PortalSecrets.CodeHash(practice, challenge.Id, code.Trim()));
        var patient = challenge.PatientId is null ? null : await db.Patients.AsNoTracking()
            .SingleOrDefaultAsync(p => p.Id == challenge.PatientId && p.ErasedAtMs == null,
                cancellationToken);
        if (!codeMatches || patient is null)
        {
            return ("code", null);
        }

        var vault = new PatientVault(db, practice);
        var cipher = await vault.CipherAsync(patient, cancellationToken);
        var onFile = vault.Open(cipher, patient.DateOfBirthCipher, PracticeFields.PatientBirthDate);
        if (onFile is null)
        {
            return ("no-date-of-birth", null);
        }

        var same = onFile == birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return same ? (null, patient) : ("date-of-birth", null);
    }

    private static PortalSessionRow NewSession(PracticeContext practice, PatientRow patient,
        string token, long now) => new()
    {
        TokenHash = PortalSecrets.TokenHash(token), PracticeId = practice.Id,
        PatientId = patient.Id, VerifiedAtMs = now,
        ExpiresAtMs = now + (long)PortalRules.SessionLifetime.TotalMilliseconds,
    };

    private static AuditRecord Audit(PracticeContext practice, PortalChallengeRow challenge,
        PatientRow? patient, string? failure) => new(practice.Id, AuditActors.Patient,
        patient?.Id ?? challenge.PatientId ?? "unknown",
        failure is null ? "portal.verified" : "portal.verify_failed", "PortalChallenge",
        challenge.Id, "code,date_of_birth", "identity-verification",
        failure is null ? "success" : "failure", ChannelNames.Portal);
}
