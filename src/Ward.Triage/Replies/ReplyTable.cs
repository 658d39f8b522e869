namespace Ward.Triage.Replies;

/// <summary>
/// The fixed safety texts of one language. Placeholders: <c>{0}</c> is a number. None of the
/// texts may echo anything the patient wrote: the replies leave the practice over channels
/// that are not under its control.
/// </summary>
/// <param name="Language">ISO 639-1 code.</param>
/// <param name="CallNow">The first sentence: call the number now.</param>
/// <param name="CallEither">First sentence when the region is unknown: 911 in the US, 112 in
/// Europe.</param>
/// <param name="Crisis">The 988 sentence for US suicidal or self-harm language.</param>
/// <param name="PoisonControl">US only, for a poisoning: call Poison Control too; <c>{0}</c> is
/// its number.</param>
/// <param name="Alerted">The on-call clinician has been alerted.</param>
/// <param name="AskWhere">Asks whether the patient is in the US or in Europe.</param>
/// <param name="Holding">Clinical holding reply; <c>{0}</c> is the number text.</param>
/// <param name="Either">Number text for an unknown region, e.g. "911 (US) or 112 (Europe)".</param>
/// <param name="Acknowledgement">Routine acknowledgement.</param>
/// <param name="Steps">Short instructions per <see cref="EmergencyKind"/>, in enum order.</param>
internal sealed record ReplyTable(
    string Language,
    string CallNow,
    string CallEither,
    string Crisis,
    string PoisonControl,
    string Alerted,
    string AskWhere,
    string Holding,
    string Either,
    string Acknowledgement,
    IReadOnlyList<string> Steps);
