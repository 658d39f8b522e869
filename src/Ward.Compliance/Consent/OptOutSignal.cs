namespace Ward.Compliance.Consent;

/// <summary>What an inbound SMS says about the patient's messaging consent.</summary>
public enum OptOutSignal
{
    /// <summary>An ordinary message.</summary>
    None,

    /// <summary>The patient asks to receive no more messages.</summary>
    OptOut,

    /// <summary>The patient asks to receive messages again.</summary>
    OptIn,
}
