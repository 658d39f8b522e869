namespace Ward.Assistant.Flows;

/// <summary>What the host must record besides the reply.</summary>
public enum ActionKind
{
    /// <summary>Nothing: the reply is the whole answer.</summary>
    None,

    /// <summary>The conversation goes to the clinician queue.</summary>
    ClinicianQueue,

    /// <summary>Staff must read the message and reply.</summary>
    StaffHandoff,

    /// <summary>A booking request for the front desk.</summary>
    BookingRequest,

    /// <summary>A request to move an appointment.</summary>
    RescheduleRequest,

    /// <summary>A request to cancel an appointment.</summary>
    CancelRequest,

    /// <summary>A refill request: a task for staff.</summary>
    RefillTask,

    /// <summary>The intake form link was sent, with the consent question for AI-assisted
    /// intake.</summary>
    IntakeSent,
}
