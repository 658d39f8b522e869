namespace Ward.Assistant;

/// <summary>Who deals with the message after the reply.</summary>
public enum AssistantRoute
{
    /// <summary>The reply answers it from the knowledge base or Ward's phrases.</summary>
    Answered,

    /// <summary>Staff read it (a request, a hand-off, or nothing grounded to say).</summary>
    Staff,

    /// <summary>A clinician reads it; the patient got the holding reply.</summary>
    Clinician,
}
