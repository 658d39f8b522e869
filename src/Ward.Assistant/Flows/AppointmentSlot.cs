namespace Ward.Assistant.Flows;

/// <summary>A free appointment time offered to a patient.</summary>
/// <param name="Start">When it starts, in the practice's time zone.</param>
/// <param name="Clinician">Who it is with, as the EHR names them, if known.</param>
public sealed record AppointmentSlot(DateTimeOffset Start, string? Clinician);
