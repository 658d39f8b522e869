using Ward.Staff.Inbox;

namespace Ward.Staff;

/// <summary>Settings of the staff web app. Bound from <c>Ward:Staff</c>.</summary>
public sealed class StaffOptions
{
    /// <summary>Minutes without activity after which a staff session ends (HIPAA
    /// 164.312(a)(2)(iii) automatic logoff). Default: 15.</summary>
    public double IdleMinutes { get; set; } = 15;

    /// <summary>Per-practice overrides of <see cref="IdleMinutes"/>, by practice id, for
    /// example <c>Ward__Staff__PracticeIdleMinutes__sunrise-family=10</c>.</summary>
    public Dictionary<string, double> PracticeIdleMinutes { get; } = new(StringComparer.Ordinal);

    /// <summary>Hours an invitation link stays valid. Default: 72.</summary>
    public int InvitationHours { get; set; } = 72;

    /// <summary>Approved WhatsApp templates offered once the customer-service window has
    /// closed. Default: <c>ward_follow_up</c> (en_US), a utility template without PHI that asks
    /// the patient to reply; it must be approved in the practice's Meta account.</summary>
    public List<WhatsAppTemplate> WhatsAppTemplates { get; } = [];

    /// <summary>Saved replies offered in the thread view. Default: three general ones.</summary>
    public List<SavedReply> SavedReplies { get; } = [];

    /// <summary>The templates in use: the configured ones, else the default.</summary>
    public IReadOnlyList<WhatsAppTemplate> Templates => WhatsAppTemplates.Count > 0 ? WhatsAppTemplates :
    [
        new() { Name = "ward_follow_up", Language = "en_US",
            Text = "Hello, this is {{1}}. We have a reply to your message. Please answer this "
                + "message to continue the conversation." },
    ];

    /// <summary>The saved replies in use: the configured ones, else the defaults.</summary>
    public IReadOnlyList<SavedReply> Replies => SavedReplies.Count > 0 ? SavedReplies :
    [
        new() { Title = "Greeting", Text = "Hello {patient}, this is {me} at {practice}. " },
        new() { Title = "Call us", Text = "Hello {patient}, please call {practice} when you can "
            + "so we can talk this through. {me}" },
        new() { Title = "Booked", Text = "Thank you {patient}, you are booked. See you soon. {me}, {practice}" },
    ];

    /// <summary>The idle limit of one practice.</summary>
    public TimeSpan IdleLimit(string practiceId) => TimeSpan.FromMinutes(
        PracticeIdleMinutes.TryGetValue(practiceId, out var minutes) ? minutes : IdleMinutes);
}
