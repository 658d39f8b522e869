namespace Ward.Registers;

/// <summary>The exact text a patient was shown, its language, and how it reached them.</summary>
internal sealed record ConsentWording(string Text, string Language, string Channel);
