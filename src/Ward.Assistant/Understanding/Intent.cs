namespace Ward.Assistant.Understanding;

/// <summary>What a non-emergency message asks for.</summary>
public enum Intent
{
    /// <summary>Nothing the assistant recognises: staff read it.</summary>
    Unknown,

    /// <summary>A question the knowledge base may answer (services, policies, fees...).</summary>
    Question,

    OpeningHours,
    Booking,
    Rescheduling,
    Cancelling,
    RefillRequest,
    InsuranceAccepted,
    Directions,
    IntakeForm,
    BillingQuestion,
    SpeakToPerson,

    /// <summary>"ok", "thanks", an emoji: acknowledged, nothing else.</summary>
    SmallTalk,

    /// <summary>Asks for medical judgement: the clinician queue, never an answer.</summary>
    Clinical,
}
