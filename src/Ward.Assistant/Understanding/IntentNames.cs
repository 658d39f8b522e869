namespace Ward.Assistant.Understanding;

/// <summary>Intents as written in lexicons, labelled sets and reports: "opening_hours".</summary>
public static class IntentNames
{
    private static readonly Dictionary<string, Intent> ByName = new(StringComparer.Ordinal)
    {
        ["unknown"] = Intent.Unknown, ["question"] = Intent.Question,
        ["opening_hours"] = Intent.OpeningHours, ["booking"] = Intent.Booking,
        ["rescheduling"] = Intent.Rescheduling, ["cancelling"] = Intent.Cancelling,
        ["refill_request"] = Intent.RefillRequest, ["insurance_accepted"] = Intent.InsuranceAccepted,
        ["directions"] = Intent.Directions, ["intake_form"] = Intent.IntakeForm,
        ["billing_question"] = Intent.BillingQuestion, ["speak_to_person"] = Intent.SpeakToPerson,
        ["small_talk"] = Intent.SmallTalk, ["clinical"] = Intent.Clinical,
    };

    public static string ToWire(this Intent intent) =>
        ByName.First(p => p.Value == intent).Key;

    public static bool TryParse(string? name, out Intent intent) =>
        ByName.TryGetValue(name ?? string.Empty, out intent);
}
