namespace Ward.Assistant.Knowledge;

/// <summary>What a knowledge-base entry is about; intents look for answers among these.</summary>
public enum KnowledgeKind
{
    /// <summary>A free question-and-answer entry.</summary>
    Faq,

    /// <summary>Opening hours of the practice, a clinician or a location.</summary>
    Hours,

    /// <summary>A service the practice offers.</summary>
    Service,

    /// <summary>Insurance carriers and plans accepted.</summary>
    Insurance,

    /// <summary>Address, directions, parking, access.</summary>
    Directions,

    /// <summary>A policy: intake, cancellation, refill, paediatric consent and the like.</summary>
    Policy,

    /// <summary>A fee or price.</summary>
    Fee,

    /// <summary>Who answers outside office hours.</summary>
    OnCall,

    /// <summary>The intake form and its link.</summary>
    Intake,

    /// <summary>How booking, rescheduling and cancelling work.</summary>
    Booking,

    /// <summary>Billing and payment.</summary>
    Billing,
}
