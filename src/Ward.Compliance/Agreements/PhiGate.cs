namespace Ward.Compliance.Agreements;

/// <summary>
/// Decides whether PHI may go to a vendor: only with an executed, unterminated agreement of
/// the kind the regime requires (45 CFR 164.502(e) for a BAA, GDPR Art. 28(3) for a DPA).
/// </summary>
public static class PhiGate
{
    private static readonly GateDecision Allow = new(true, GateRefusal.None);

    /// <summary>
    /// Checks the agreements on file for one vendor. When several rows exist, any valid one
    /// allows; otherwise the refusal names the row closest to valid: a future agreement, then
    /// a terminated one, then one of the wrong kind.
    /// </summary>
    public static GateDecision Check(
        IReadOnlyList<Agreement> agreements, string vendor, Regime regime, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(agreements);
        ArgumentException.ThrowIfNullOrWhiteSpace(vendor);

        var required = Regimes.RequiredAgreement(regime);
        var best = GateRefusal.NoAgreement;
        foreach (var agreement in agreements)
        {
            if (!string.Equals(agreement.Vendor, vendor, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var refusal = Evaluate(agreement, required, today);
            if (refusal == GateRefusal.None)
            {
                return Allow;
            }

            best = Rank(refusal) > Rank(best) ? refusal : best;
        }

        return new GateDecision(false, best);
    }

    private static GateRefusal Evaluate(Agreement agreement, AgreementKind required, DateOnly today)
    {
        if (agreement.Kind != required)
        {
            return GateRefusal.WrongKind;
        }

        if (agreement.ExecutedOn > today)
        {
            return GateRefusal.NotYetExecuted;
        }

        return agreement.TerminatedOn <= today ? GateRefusal.Terminated : GateRefusal.None;
    }

    private static int Rank(GateRefusal refusal) => refusal switch
    {
        GateRefusal.NotYetExecuted => 3,
        GateRefusal.Terminated => 2,
        GateRefusal.WrongKind => 1,
        _ => 0,
    };
}
