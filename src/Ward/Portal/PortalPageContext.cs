namespace Ward.Portal;

/// <summary>What every portal page needs: where the practice's portal lives, the practice's
/// name (never a patient's), and the anti-forgery field for its forms.</summary>
internal sealed record PortalPageContext(
    string Root, string Assets, string PracticeName, string TimeZone, string FormField,
    string FormToken, PortalWords Words);
