namespace Ward.Compliance.Agreements;

/// <summary>Why the PHI gate refused a vendor.</summary>
public enum GateRefusal
{
    /// <summary>Not refused.</summary>
    None,

    /// <summary>No agreement with the vendor is on file.</summary>
    NoAgreement,

    /// <summary>The vendor's agreements are not the kind the regime requires.</summary>
    WrongKind,

    /// <summary>The agreement of the right kind takes effect later.</summary>
    NotYetExecuted,

    /// <summary>The agreement of the right kind has ended.</summary>
    Terminated,
}
