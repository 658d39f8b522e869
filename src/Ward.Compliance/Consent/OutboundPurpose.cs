namespace Ward.Compliance.Consent;

/// <summary>Why Ward sends a message.</summary>
public enum OutboundPurpose
{
    /// <summary>The reply to a message triaged as an emergency.</summary>
    EmergencyReply,

    /// <summary>A reply about the patient's care.</summary>
    CareReply,

    /// <summary>Marketing, which needs recorded consent.</summary>
    Marketing,
}
