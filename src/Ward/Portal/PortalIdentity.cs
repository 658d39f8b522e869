using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Ward.Hosting;
using Ward.Ingest;
using Ward.Outbox;
using Ward.Practices;
using Ward.Storage.Audit;
using Ward.Storage.Entities;
using Ward.Storage.Outbox;

namespace Ward.Portal;

/// <summary>
/// The portal's identity check, step one: a code texted to the number on file. Whatever the
/// number, the caller sees the same answer; only a patient on file is texted. The code is sent
/// through the practice's SMS account via the outbox, in the same transaction that stores its
/// keyed hash and the audit event.
/// </summary>
internal sealed class PortalIdentity(WardCore core, ILogger<PortalIdentity> logger)
{
    public async Task<CodeRequestOutcome> RequestCodeAsync(PracticeContext practice, string? typed,
        string? source, CancellationToken cancellationToken)
    {
        if (typed is null || !PhoneAddress.TryNormaliseTyped(typed, practice.Settings.Country,
            out var e164))
        {
            return new(null, BadNumber);
        }

        var now = core.Time.GetUtcNow().ToUnixTimeMilliseconds();
        var index = practice.Keys.Index.Compute(PracticeFields.PhoneIndexDomain, e164);
        var sourceIndex = PortalSecrets.SourceIndex(practice, source);
        await using var db = core.Database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var limit = await LimitReachedAsync(db, practice.Id, index, sourceIndex, now,
            cancellationToken);
        if (limit is not null)
        {
            PortalLog.CodeLimited(logger, practice.Id, limit);
            return new(null, new PortalFormError("phone", PortalProblem.TooManyCodes));
        }

        var patient = await db.Patients.AsNoTracking().SingleOrDefaultAsync(p =>
            p.PracticeId == practice.Id && p.PhoneIndex == index && p.ErasedAtMs == null,
            cancellationToken);
        var challenge = NewChallenge(practice, index, sourceIndex, patient?.Id, now, out var code);
        db.PortalChallenges.Add(challenge);
        if (patient is not null && practice.Settings.Sms is not null)
        {
            db.Outbox.Add(CodeText(practice, patient.Id, e164, code, now));
        }

        await core.Audit.AppendAsync(db, [Requested(practice, challenge, patient)],
            cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        PortalLog.CodeRequested(logger, practice.Id);
        return new(challenge.Id, null);
    }

    private static readonly PortalFormError BadNumber = new("phone", PortalProblem.BadNumber);

    private static async Task<string?> LimitReachedAsync(Storage.WardDbContext db,
        string practiceId, string index, string sourceIndex, long now,
        CancellationToken cancellationToken)
    {
        var numberSince = now - (long)PortalRules.NumberWindow.TotalMilliseconds;
        var perNumber = await db.PortalChallenges.CountAsync(c => c.PracticeId == practiceId
            && c.PhoneIndex == index && c.CreatedAtMs > numberSince, cancellationToken);
        if (perNumber >= PortalRules.MaxCodesPerNumber)
        {
            return "number";
        }

        var addressSince = now - (long)PortalRules.AddressWindow.TotalMilliseconds;
        var perAddress = await db.PortalChallenges.CountAsync(c => c.SourceIndex == sourceIndex
            && c.CreatedAtMs > addressSince, cancellationToken);
        return perAddress >= PortalRules.MaxCodesPerAddress ? "address" : null;
    }

    private static AuditRecord Requested(PracticeContext practice, PortalChallengeRow challenge,
        PatientRow? patient) => new(practice.Id, AuditActors.Patient, patient?.Id ?? "unknown",
        "portal.code_requested", "PortalChallenge", challenge.Id, "phone",
        "identity-verification", patient is null ? "unknown-number" : "success",
        ChannelNames.Portal);

    private static PortalChallengeRow NewChallenge(PracticeContext practice, string index,
        string sourceIndex, string? patientId, long now, out string code)
    {
        // A number not on file gets a code too, never sent, so that nothing about the row or
        // the work done differs for the caller to measure.
        code = PortalSecrets.NewCode();
        var id = PortalSecrets.NewHandle();
        return new PortalChallengeRow
        {
            Id = id, PracticeId = practice.Id, PhoneIndex = index, SourceIndex = sourceIndex,
            PatientId = patientId, CodeHash = PortalSecrets.CodeHash(practice, id, code),
            CreatedAtMs = now,
            ExpiresAtMs = now + (long)PortalRules.CodeLifetime.TotalMilliseconds,
        };
    }

    private static OutboxRow CodeText(PracticeContext practice, string patientId, string e164,
        string code, long now)
    {
        var text = $"{code} is your code for {practice.Settings.Name}'s secure messages. "
            + "It expires in 10 minutes. Do not share it with anyone.";
        var payload = JsonSerializer.Serialize(new OutboxPayload(e164, text, null));
        return new OutboxRow
        {
            PracticeId = practice.Id, Kind = OutboxKinds.PortalCodeSms, PatientId = patientId,
            PayloadCipher = practice.Keys.Fields.Encrypt(payload, PracticeFields.OutboxPayload),
            Priority = ReplyPriority.Routine, Status = OutboxStatus.Pending,
            NextAttemptAtMs = now, CreatedAtMs = now,
        };
    }
}
