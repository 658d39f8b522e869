namespace Ward.Staff.Inbox;

/// <summary>A saved reply. Its text may use <c>{patient}</c> (the patient's name as stored),
/// <c>{practice}</c> and <c>{me}</c> (the sender's name); they are filled in before staff send
/// it, and staff can still edit the result.</summary>
public sealed class SavedReply
{
    public string Title { get; set; } = "";

    public string Text { get; set; } = "";

    public string Fill(string patient, string practice, string me) =>
        FillIn(Text, patient, practice, me);

    /// <summary>Fills the placeholders in any text: the saved reply's, or what was sent.</summary>
    public static string FillIn(string text, string patient, string practice, string me) => text
        .Replace("{patient}", patient, StringComparison.Ordinal)
        .Replace("{practice}", practice, StringComparison.Ordinal)
        .Replace("{me}", me, StringComparison.Ordinal);
}
