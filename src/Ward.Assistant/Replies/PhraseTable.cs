namespace Ward.Assistant.Replies;

/// <summary>
/// Ward's own phrases in one language. None contains a number, a name or anything the patient
/// wrote, so they pass the grounding check and carry no PHI. <c>{0}</c> is filled from a cited
/// entry (a link) or the slot source (times) only.
/// </summary>
/// <param name="Language">ISO 639-1 code.</param>
/// <param name="Handoff">The message is with staff; they reply in office hours.</param>
/// <param name="Booking">An appointment request was captured for the front desk.</param>
/// <param name="Slots">Offers free times; <c>{0}</c> is the list.</param>
/// <param name="Change">A change or cancellation request was captured.</param>
/// <param name="Refill">A refill request became a task; asks for medicine and pharmacy.</param>
/// <param name="Intake">Sends the intake form; <c>{0}</c> is its link.</param>
/// <param name="IntakeConsent">Asks consent for AI-assisted intake, YES or NO.</param>
/// <param name="Person">A person will contact the patient.</param>
/// <param name="Thanks">The answer to "ok", "thanks".</param>
/// <param name="OtherLanguage">Introduces an entry the practice wrote in another
/// language.</param>
internal sealed record PhraseTable(
    string Language, string Handoff, string Booking, string Slots, string Change, string Refill,
    string Intake, string IntakeConsent, string Person, string Thanks, string OtherLanguage)
{
    public IEnumerable<string> All =>
        [Handoff, Booking, Slots, Change, Refill, Intake, IntakeConsent, Person, Thanks, OtherLanguage];
}
