namespace Ward.Practices;

/// <summary>Names of encrypted fields; each is bound into its ciphertext's associated
/// data.</summary>
internal static class PracticeFields
{
    public const string Settings = "practices.settings";
    public const string PatientPhone = "patients.phone";
    public const string PatientName = "patients.name";
    public const string PatientBirthDate = "patients.date_of_birth";
    public const string ReplyAddress = "conversations.reply_address";
    public const string MessageBody = "messages.body";
    public const string OutboxPayload = "outbox.payload";
    public const string StaffName = "users.name";
    public const string StaffMobile = "users.mobile";
    public const string BreachSummary = "breaches.summary";
    public const string ReviewNotes = "reviews.notes";
    public const string BreakGlassReason = "break_glass.reason";
    public const string PhoneIndexDomain = "phone";
}
